"use client";
// Yearly targets of one unit; "fill from the five-year plan" sets the plan's three figures.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { saveTargets, type TargetFormState } from "@/app/(app)/cockpit/targets/actions";
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
  const [state, action, pending] = useActionState<TargetFormState, FormData>(saveTargets, {});
  return (
    <form
      action={action}
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
            error={state.fieldErrors?.[m]}
          >
            <input
              id={`t-${m}`}
              name={m}
              inputMode="decimal"
              className={inputClass}
              value={values[m] ?? ""}
              aria-invalid={Boolean(state.fieldErrors?.[m])}
              onChange={(e) => setValues((v) => ({ ...v, [m]: e.target.value }))}
            />
          </Field>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={pending}>
          {t("save")}
        </Button>
        <p role="status" className={`text-sm ${state.error ? "text-red-600" : "text-emerald-700"}`}>
          {state.error ?? (state.ok ? t("saved", { count: state.saved ?? 0 }) : "")}
        </p>
      </div>
    </form>
  );
}
