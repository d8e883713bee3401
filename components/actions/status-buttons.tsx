"use client";
// The moves the viewer may make on one corrective action; the server re-checks every one.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { moveActionAction } from "@/lib/actions/corrective-actions";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

export function ActionStatusButtons({ id, moves }: { id: string; moves: ActionStatus[] }) {
  const t = useTranslations("correctiveActions");
  const form = useActionForm(moveActionAction);
  if (moves.length === 0) return null;
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-1.5">
      <input type="hidden" name="id" value={id} />
      {moves.map((to) => (
        <Button
          key={to}
          type="submit"
          name="status"
          value={to}
          size="sm"
          variant={to === "CANCELLED" ? "ghost" : to === "DONE" ? "primary" : "secondary"}
          disabled={form.pending}
        >
          {t(`move.${to}`)}
        </Button>
      ))}
      <FormMessage state={form.failed} />
    </form>
  );
}
