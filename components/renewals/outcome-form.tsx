"use client";
// 继续续保 / 不再续保 / 考虑中 with a note and the next contact date (required when considering).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { recordOutcomeAction } from "@/lib/actions/renewals";
import type { RenewalOutcome } from "@/lib/generated/prisma/enums";

const OUTCOMES: RenewalOutcome[] = ["WILL_RENEW", "CONSIDERING", "WONT_RENEW"];

export function OutcomeForm({
  policyId,
  current,
  today,
}: {
  policyId: string;
  current: RenewalOutcome | null;
  today: string;
}) {
  const t = useTranslations("renewals");
  const te = useTranslations("enums");
  const form = useActionForm(recordOutcomeAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      data-testid="outcome-form"
    >
      <input type="hidden" name="policyId" value={policyId} />
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700">{t("form.outcome")}</legend>
        <div className="grid grid-cols-3 gap-1.5" role="radiogroup" aria-invalid={form.invalid("outcome")}>
          {OUTCOMES.map((o) => (
            <label key={o} className="cursor-pointer">
              <input
                type="radio"
                name="outcome"
                value={o}
                defaultChecked={form.checked("outcome", o, current === o)}
                className="peer sr-only"
              />
              <span className="flex items-center justify-center rounded-md border border-slate-300 bg-white px-2 py-2 text-sm peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500">
                {te(`RenewalOutcome.${o}`)}
              </span>
            </label>
          ))}
        </div>
        {form.error("outcome") && <p className="text-xs text-red-600">{form.error("outcome")}</p>}
      </fieldset>
      <Field label={t("form.note")} htmlFor="note" error={form.error("note")}>
        <textarea
          id="note"
          name="note"
          rows={2}
          maxLength={1000}
          className={inputClass}
          aria-invalid={form.invalid("note")}
          defaultValue={form.value("note")}
        />
      </Field>
      <Field
        label={t("form.nextContactAt")}
        htmlFor="nextContactAt"
        error={form.error("nextContactAt")}
        hint={t("form.nextContactHint")}
      >
        <input
          id="nextContactAt"
          name="nextContactAt"
          type="date"
          min={today}
          className={inputClass}
          aria-invalid={form.invalid("nextContactAt")}
          defaultValue={form.value("nextContactAt")}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={form.pending} data-testid="save-outcome">
          {t("form.save")}
        </Button>
        <div data-testid="outcome-status">
          <FormMessage state={form.state} />
        </div>
      </div>
    </form>
  );
}
