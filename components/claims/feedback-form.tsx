"use client";

import { useTranslations } from "next-intl";
import { recordFeedbackAction } from "@/lib/actions/claims";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";

/** The customer's feedback after the outcome: a 1–5 score and their comments, recorded once. */
export function ClaimFeedbackForm({ claimId }: { claimId: string }) {
  const t = useTranslations("claims.feedbackForm");
  const form = useActionForm(recordFeedbackAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-2"
      aria-label={t("heading")}
      data-testid="feedback-form"
    >
      <input type="hidden" name="claimId" value={claimId} />
      <fieldset className="space-y-1" aria-invalid={form.invalid("score")}>
        <legend className="text-xs font-medium text-slate-700">{t("score")}</legend>
        <div className="flex flex-wrap gap-3">
          {[1, 2, 3, 4, 5].map((s) => (
            <label key={s} className="inline-flex items-center gap-1 text-sm">
              <input type="radio" name="score" value={s} defaultChecked={form.checked("score", String(s))} />
              {t("scoreOption", { score: s })}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="feedback-note" className="block text-xs font-medium text-slate-700">
          {t("note")}
        </label>
        <textarea
          id="feedback-note"
          name="note"
          rows={2}
          maxLength={500}
          defaultValue={form.value("note")}
          className={inputClass}
        />
      </div>
      <p className="text-xs text-slate-500">{t("lowScoreHint")}</p>
      <Button type="submit" variant="primary" disabled={form.pending}>
        {t("submit")}
      </Button>
      <FormMessage state={form.state} success={t("saved")} testId="claim-form" />
    </form>
  );
}
