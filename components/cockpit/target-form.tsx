"use client";
// Yearly targets of one unit; "fill from the five-year plan" sets the plan's three figures.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { saveTargetsAction } from "@/lib/actions/kpi-targets";
import { KpiMetric } from "@/lib/generated/prisma/enums";
import { PERCENT_METRICS } from "@/lib/validation/kpi-target";

export function TargetForm({
  year,
  orgUnitId,
  initial,
  plan,
}: {
  year: number;
  orgUnitId: string;
  initial: Record<string, string>;
  plan: Record<string, string>;
}) {
  const t = useTranslations("kpiTargets");
  const [values, setValues] = useState(initial);
  const form = useActionForm(saveTargetsAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="target-form"
    >
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="orgUnitId" value={orgUnitId} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{t("planHint")}</p>
        <Button
          onClick={() =>
            setValues((v) => ({ ...v, ...Object.fromEntries(Object.entries(plan).filter(([, x]) => x !== "")) }))
          }
        >
          {t("fillPlan")}
        </Button>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {Object.values(KpiMetric).map((m) => (
          <Field
            key={m}
            label={`${t(`metric.${m}`)}${PERCENT_METRICS.has(m) ? " (%)" : ""}`}
            htmlFor={`t-${m}`}
            error={form.error(`values.${m}`)}
          >
            <input
              id={`t-${m}`}
              name={m}
              inputMode="decimal"
              className={inputClass}
              value={values[m] ?? ""}
              aria-invalid={form.invalid(`values.${m}`)}
              onChange={(e) => setValues((v) => ({ ...v, [m]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={form.pending}>
          {t("save")}
        </Button>
        <FormMessage state={form.state} />
      </div>
    </form>
  );
}
