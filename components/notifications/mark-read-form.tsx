"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { markAllReadAction, markReadAction } from "@/lib/actions/notifications";

// Plain form posts (they work before the page's script has loaded); a refusal is announced inline.

export function MarkReadForm({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const form = useActionForm(markReadAction);
  return (
    <form action={form.formAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={form.pending} className={buttonClass("secondary", "sm")}>
        {t("markRead")}
      </button>
      <FormMessage state={form.state} />
    </form>
  );
}

export function MarkAllReadForm() {
  const t = useTranslations("notifications");
  const form = useActionForm(markAllReadAction);
  return (
    <form action={form.formAction}>
      <button type="submit" disabled={form.pending} className={buttonClass("secondary")}>
        {t("markAllRead")}
      </button>
      <FormMessage state={form.state} />
    </form>
  );
}
