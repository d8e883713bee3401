"use client";
// The compact visit log (issue 4.4): everything on one screen at 375 px, big tap targets, sensible
// defaults (suggested method, today), so a visit is logged in well under 30 seconds.
import { useTranslations } from "next-intl";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { logVisitAction } from "@/lib/actions/visits";
import { VisitMethod } from "@/lib/generated/prisma/enums";
import { ContactWarning, type GuardView } from "./contact-warning";

function Choice({
  name,
  options,
  defaultValue,
  invalid,
}: {
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  invalid?: boolean;
}) {
  return (
    <div className="flex flex-wrap gap-1.5" role="radiogroup" aria-invalid={invalid || undefined}>
      {options.map((o) => (
        <label key={o.value} className="cursor-pointer">
          <input
            type="radio"
            name={name}
            value={o.value}
            defaultChecked={defaultValue === o.value}
            className="peer sr-only"
          />
          <span className="inline-flex min-w-10 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500">
            {o.label}
          </span>
        </label>
      ))}
    </div>
  );
}

export function VisitLogForm({
  visitId,
  suggestedMethod,
  today,
  from,
  guard,
}: {
  visitId: string;
  suggestedMethod: VisitMethod;
  today: string;
  from: "today" | "visits";
  guard: GuardView;
}) {
  const t = useTranslations("visits");
  const te = useTranslations("enums");
  const form = useActionForm(logVisitAction);
  const e = (name: string) => form.error(name);
  const scores = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
  // Refused by the contact guard: the server's count (it may have changed since the page loaded).
  const refusedGuard = form.failed?.reason === "contacts" ? form.failed.extra : undefined;
  const shownGuard: GuardView = refusedGuard
    ? {
        count: refusedGuard.count,
        limit: refusedGuard.limit,
        warn: true,
        byPerson: refusedGuard.byPerson.map((p) => ({ name: p.name ?? t("guard.unknown"), count: p.count })),
      }
    : guard;
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-3 sm:p-4"
      data-testid="visit-log-form"
    >
      <input type="hidden" name="visitId" value={visitId} />
      <input type="hidden" name="from" value={from} />
      <ContactWarning
        guard={shownGuard}
        refusal={refusedGuard ? form.failed?.message : undefined}
        confirmed={form.checked("confirmContacts", "on")}
      />
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700">{t("form.method")}</legend>
        <Choice
          name="method"
          defaultValue={form.value("method", suggestedMethod)}
          invalid={form.invalid("method")}
          options={Object.values(VisitMethod).map((m) => ({ value: m, label: te(`VisitMethod.${m}`) }))}
        />
        {e("method") && <p className="text-xs text-red-600">{e("method")}</p>}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700">{t("form.overall")}</legend>
        <Choice
          name="overallEvaluation"
          defaultValue={form.value("overallEvaluation")}
          options={scores}
          invalid={form.invalid("overallEvaluation")}
        />
        {e("overallEvaluation") ? (
          <p className="text-xs text-red-600">{e("overallEvaluation")}</p>
        ) : (
          <p className="text-xs text-slate-500">{t("form.scoreHint")}</p>
        )}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-xs font-medium text-slate-700">{t("form.claim")}</legend>
        <Choice
          name="claimSatisfaction"
          defaultValue={form.value("claimSatisfaction")}
          invalid={form.invalid("claimSatisfaction")}
          options={[{ value: "", label: t("form.noClaim") }, ...scores]}
        />
        {e("claimSatisfaction") && <p className="text-xs text-red-600">{e("claimSatisfaction")}</p>}
      </fieldset>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label={t("form.visitedOn")} htmlFor="visitedOn" error={e("visitedOn")}>
          <input
            id="visitedOn"
            name="visitedOn"
            type="date"
            defaultValue={form.value("visitedOn", today)}
            max={today}
            required
            className={inputClass}
            aria-invalid={form.invalid("visitedOn")}
          />
        </Field>
        <Field label={t("form.productUsage")} htmlFor="productUsage" error={e("productUsage")}>
          <input
            id="productUsage"
            name="productUsage"
            maxLength={500}
            className={inputClass}
            defaultValue={form.value("productUsage")}
            aria-invalid={form.invalid("productUsage")}
            placeholder={t("form.productUsageHint")}
          />
        </Field>
      </div>
      <Field label={t("form.notes")} htmlFor="notes" error={e("notes")}>
        <textarea
          id="notes"
          name="notes"
          rows={2}
          maxLength={2000}
          className={inputClass}
          defaultValue={form.value("notes")}
          aria-invalid={form.invalid("notes")}
        />
      </Field>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field label={t("form.nextStep")} htmlFor="nextStep" error={e("nextStep")}>
          <input
            id="nextStep"
            name="nextStep"
            maxLength={500}
            className={inputClass}
            defaultValue={form.value("nextStep")}
            aria-invalid={form.invalid("nextStep")}
          />
        </Field>
        <Field label={t("form.nextStepAt")} htmlFor="nextStepAt" error={e("nextStepAt")}>
          <input
            id="nextStepAt"
            name="nextStepAt"
            type="date"
            min={today}
            className={inputClass}
            aria-invalid={form.invalid("nextStepAt")}
            defaultValue={form.value("nextStepAt")}
          />
        </Field>
      </div>
      {!refusedGuard && (
        <FormMessage state={form.state} className="rounded-lg border border-red-200 bg-red-50 px-3 py-2" />
      )}
      <div className="flex items-center gap-2">
        <Button
          type="submit"
          variant="primary"
          disabled={form.pending}
          className="flex-1 py-2.5 sm:flex-none"
          data-testid="save-visit"
        >
          {form.pending ? t("form.saving") : t("form.save")}
        </Button>
        <ButtonLink href={from === "today" ? "/" : "/visits"} variant="ghost">
          {t("form.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
