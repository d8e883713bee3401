// Yearly KPI targets as entered on /cockpit/targets (rates in percent on the form, stored as fractions).
import { z } from "zod";
import { KpiMetric } from "@/lib/generated/prisma/enums";

/** Metrics entered as a percentage on the form. */
export const PERCENT_METRICS: ReadonlySet<KpiMetric> = new Set<KpiMetric>([
  "INSURED_GROWTH_RATE",
  "REPEAT_PURCHASE_RATE",
  "RENEWAL_RATE",
  "RETENTION_RATE",
  "CHURN_RATE",
  "VISIT_COMPLETION_RATE",
  "VISIT_ON_TIME_RATE",
  "COMPLAINT_SLA_48H",
  "COMPLAINT_SLA_72H",
]);

const RANGES: Record<KpiMetric, [number, number]> = {
  INSURED_CUSTOMERS: [0, 100_000_000],
  INSURED_GROWTH_RATE: [-100, 1000],
  REPEAT_PURCHASE_RATE: [0, 100],
  RENEWAL_RATE: [0, 100],
  RETENTION_RATE: [0, 100],
  CHURN_RATE: [0, 100],
  VISIT_COMPLETION_RATE: [0, 100],
  VISIT_ON_TIME_RATE: [0, 100],
  CSAT: [0, 100],
  NPS: [-100, 100],
  COMPLAINT_SLA_48H: [0, 100],
  COMPLAINT_SLA_72H: [0, 100],
  AVG_CLAIM_DAYS: [0, 365],
  PREMIUM: [0, 1e13],
};

const value = (metric: KpiMetric) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce
      .number({ error: "range" })
      .min(RANGES[metric][0], { error: "range" })
      .max(RANGES[metric][1], { error: "range" })
      .optional(),
  );

export const kpiTargetInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgUnitId: z.uuid(),
  values: z.object(
    Object.fromEntries(Object.values(KpiMetric).map((m) => [m, value(m)])) as Record<
      KpiMetric,
      ReturnType<typeof value>
    >,
  ),
});
export type KpiTargetInput = z.infer<typeof kpiTargetInput>;

/** Reads the target form: the year, the unit and one field per metric (named after it). */
export function kpiTargetFormValues(form: FormData): Record<string, unknown> {
  const values = Object.fromEntries(Object.values(KpiMetric).map((m) => [m, form.get(m) ?? undefined]));
  return { year: form.get("year"), orgUnitId: form.get("orgUnitId"), values };
}

/** The stored value (fraction for percentages). */
export function toStored(metric: KpiMetric, entered: number): number {
  return PERCENT_METRICS.has(metric) ? Math.round(entered * 100) / 10_000 : entered;
}
export function toEntered(metric: KpiMetric, stored: number): number {
  return PERCENT_METRICS.has(metric) ? Math.round(stored * 1_000_000) / 10_000 : stored;
}
