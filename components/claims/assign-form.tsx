"use client";

import { useTranslations } from "next-intl";
import { assignHandlerAction } from "@/app/(app)/claims/[id]/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ClaimFormMessage } from "./form-message";
import { useClaimForm } from "./use-claim-form";

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
  const { state, pending, invalid, formProps } = useClaimForm(assignHandlerAction, { resetOnSave: false });
  return (
    <form {...formProps} className="space-y-2" aria-label={t("heading")} data-testid="assign-form">
      <input type="hidden" name="claimId" value={claimId} />
      <label htmlFor="assign-handler" className="block text-xs font-medium text-slate-700">
        {t("handler")}
      </label>
      <div className="flex gap-2">
        <select
          id="assign-handler"
          name="handlerId"
          defaultValue={current ?? ""}
          aria-invalid={invalid("handlerId")}
          className={inputClass}
        >
          <option value="">{t("choose")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
      <ClaimFormMessage state={state} saved={t("saved")} />
    </form>
  );
}
