"use client";
// The moves the viewer may make on one corrective action; the server re-checks every one.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { moveActionAction } from "@/app/(app)/complaints/actions/actions";
import { Button } from "@/components/ui/button";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

export function ActionStatusButtons({ id, moves }: { id: string; moves: ActionStatus[] }) {
  const t = useTranslations("correctiveActions");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  if (moves.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {moves.map((to) => (
        <Button
          key={to}
          size="sm"
          variant={to === "CANCELLED" ? "ghost" : to === "DONE" ? "primary" : "secondary"}
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await moveActionAction({ id, status: to });
              if (r.ok) {
                setError(null);
                router.refresh();
              } else setError(r.error);
            })
          }
        >
          {t(`move.${to}`)}
        </Button>
      ))}
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {t(`errors.${error}`)}
        </span>
      )}
    </div>
  );
}
