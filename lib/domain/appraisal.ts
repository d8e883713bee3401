// Agent appraisal (绩效考核, SPEC §10): the score shown beside the ranked table, from the same KPI
// values as the cockpit. Each component is scaled to 0–1; components without data for an agent
// are left out and the remaining weights rescaled; each complaint received costs 2 points.
import { kpiValues, type KpiCounts } from "./kpi";

export const APPRAISAL_WEIGHTS = { renewal: 30, repeat: 20, visits: 20, satisfaction: 20, retention: 10 } as const;
export const COMPLAINT_PENALTY = 2;
/** Repeat-purchase rate that earns the full component (the five-year plan's end point). */
export const REPEAT_FULL_MARKS = 0.07;

export type AppraisalRow = {
  renewed: number;
  renewalRate: number | null;
  repeatBuyers: number;
  repeatPurchaseRate: number | null;
  visitRate: number | null;
  csat: number | null;
  complaints: number;
  churnRate: number | null;
  score: number | null;
};

export function appraisalScore(c: {
  renewalRate: number | null;
  repeatPurchaseRate: number | null;
  visitRate: number | null;
  csat: number | null;
  churnRate: number | null;
  complaints: number;
}): number | null {
  const parts: [number, number | null][] = [
    [APPRAISAL_WEIGHTS.renewal, c.renewalRate],
    [
      APPRAISAL_WEIGHTS.repeat,
      c.repeatPurchaseRate === null ? null : Math.min(c.repeatPurchaseRate / REPEAT_FULL_MARKS, 1),
    ],
    [APPRAISAL_WEIGHTS.visits, c.visitRate],
    [APPRAISAL_WEIGHTS.satisfaction, c.csat === null ? null : c.csat / 100],
    [APPRAISAL_WEIGHTS.retention, c.churnRate === null ? null : 1 - c.churnRate],
  ];
  const present = parts.filter((p): p is [number, number] => p[1] !== null);
  if (present.length === 0) return null;
  const weight = present.reduce((s, [w]) => s + w, 0);
  const raw = (present.reduce((s, [w, x]) => s + w * x, 0) / weight) * 100;
  return Math.max(0, Math.round((raw - COMPLAINT_PENALTY * c.complaints) * 10) / 10);
}

export function appraisalRow(counts: KpiCounts): AppraisalRow {
  const v = kpiValues(counts);
  const row = {
    renewed: counts.renewal.renewed,
    renewalRate: v.renewalRate,
    repeatBuyers: counts.customers.repeatBuyers,
    repeatPurchaseRate: v.repeatPurchaseRate,
    visitRate: v.visitCompletionRate,
    csat: v.csat,
    complaints: counts.complaints.received,
    churnRate: v.churnRate,
  };
  return { ...row, score: appraisalScore(row) };
}

export const APPRAISAL_SORTS = [
  "score",
  "renewed",
  "renewalRate",
  "repeatBuyers",
  "repeatPurchaseRate",
  "visitRate",
  "csat",
  "complaints",
  "churnRate",
] as const;
export type AppraisalSort = (typeof APPRAISAL_SORTS)[number];

/** Sorts rows (nulls last); ties broken by name. */
export function sortAppraisal<T extends AppraisalRow & { name: string }>(
  rows: T[],
  sort: AppraisalSort,
  dir: "asc" | "desc",
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort];
    const y = b[sort];
    if (x === null && y === null) return a.name.localeCompare(b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return x === y ? a.name.localeCompare(b.name) : (x - y) * sign;
  });
}
