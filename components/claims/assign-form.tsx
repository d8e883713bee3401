"use client";

import { useTranslations } from "next-intl";
import { assignHandlerAction } from "@/lib/actions/claims";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";

/** 专人负责: pick the dedicated handler from the service staff of the actor's subtree. */
export function AssignHandlerForm({
  claimId,
  current,
  candidates,
}: {
  claimId: string;
  current: string | null;
  candidates: { id: string; name: string }[];
}) {
  const t = useTranslations("claims.assign");
  const form = useActionForm(assignHandlerAction);
  return (
    <form action={form.formAction} noValidate className="space-y-2" aria-label={t("heading")} data-testid="assign-form">
      <input type="hidden" name="claimId" value={claimId} />
      <label htmlFor="assign-handler" className="block text-xs font-medium text-slate-700">
        {t("handler")}
      </label>
      <div className="flex gap-2">
        <select
          id="assign-handler"
          name="handlerId"
          defaultValue={form.value("handlerId", current ?? "")}
          key={form.state?.at}
          aria-invalid={form.invalid("handlerId")}
          className={inputClass}
        >
          <option value="">{t("choose")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Button type="submit" disabled={form.pending}>
          {t("submit")}
        </Button>
      </div>
      <FormMessage state={form.state} success={t("saved")} testId="claim-form" />
    </form>
  );
}
