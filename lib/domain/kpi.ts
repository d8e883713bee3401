// KPI definitions (SPEC §10), written once: the cockpit, the drill-down tables, the appraisal and the
// help page all read these objects. The SQL that counts numerators and denominators lives in
// lib/data/kpi/*; this file holds the pure arithmetic on those counts. Texts (formula, numerator,
// denominator, edge cases) are in messages/<locale>/kpi.json under defs.<id>.
import type { KpiMetric } from "@/lib/generated/prisma/enums";

export type KpiFormat = "count" | "rate" | "score" | "nps" | "days" | "money";
/** Which way is good: the cockpit colours deltas and target progress by it. */
export type KpiDirection = "up" | "down";
/** Which SQL family computes it (lib/data/kpi/<family>.ts). */
export type KpiFamily = "customers" | "renewal" | "visits" | "surveys" | "complaints" | "claims" | "premium";
/** Where the drill-down list goes. */
export type KpiList = "customers" | "policies" | null;

export type KpiDefinition = {
  id: KpiId;
  family: KpiFamily;
  format: KpiFormat;
  direction: KpiDirection;
  /** The KpiTarget metric holding its yearly target, if any. */
  target: KpiMetric | null;
  list: KpiList;
};

export const KPI_IDS = [
  "insuredCustomers",
  "insuredGrowth",
  "repeatPurchaseRate",
  "renewalRate",
  "retentionRate",
  "churnRate",
  "visitCompletionRate",
  "visitOnTimeRate",
  "csat",
  "nps",
  "complaintCount",
  "complaintSla48h",
  "complaintSla72h",
  "avgClaimDays",
  "premium",
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export const KPI_DEFINITIONS: Record<KpiId, KpiDefinition> = {
  insuredCustomers: {
    id: "insuredCustomers",
    family: "customers",
    format: "count",
    direction: "up",
    target: "INSURED_CUSTOMERS",
    list: "customers",
  },
  insuredGrowth: {
    id: "insuredGrowth",
    family: "customers",
    format: "rate",
    direction: "up",
    target: "INSURED_GROWTH_RATE",
    list: "customers",
  },
  repeatPurchaseRate: {
    id: "repeatPurchaseRate",
    family: "customers",
    format: "rate",
    direction: "up",
    target: "REPEAT_PURCHASE_RATE",
    list: "customers",
  },
  renewalRate: {
    id: "renewalRate",
    family: "renewal",
    format: "rate",
    direction: "up",
    target: "RENEWAL_RATE",
    list: "policies",
  },
  retentionRate: {
    id: "retentionRate",
    family: "customers",
    format: "rate",
    direction: "up",
    target: "RETENTION_RATE",
    list: "customers",
  },
  churnRate: {
    id: "churnRate",
    family: "customers",
    format: "rate",
    direction: "down",
    target: "CHURN_RATE",
    list: "customers",
  },
  visitCompletionRate: {
    id: "visitCompletionRate",
    family: "visits",
    format: "rate",
    direction: "up",
    target: "VISIT_COMPLETION_RATE",
    list: null,
  },
  visitOnTimeRate: {
    id: "visitOnTimeRate",
    family: "visits",
    format: "rate",
    direction: "up",
    target: "VISIT_ON_TIME_RATE",
    list: null,
  },
  csat: { id: "csat", family: "surveys", format: "score", direction: "up", target: "CSAT", list: null },
  nps: { id: "nps", family: "surveys", format: "nps", direction: "up", target: "NPS", list: null },
  complaintCount: {
    id: "complaintCount",
    family: "complaints",
    format: "count",
    direction: "down",
    target: null,
    list: null,
  },
  complaintSla48h: {
    id: "complaintSla48h",
    family: "complaints",
    format: "rate",
    direction: "up",
    target: "COMPLAINT_SLA_48H",
    list: null,
  },
  complaintSla72h: {
    id: "complaintSla72h",
    family: "complaints",
    format: "rate",
    direction: "up",
    target: "COMPLAINT_SLA_72H",
    list: null,
  },
  avgClaimDays: {
    id: "avgClaimDays",
    family: "claims",
    format: "days",
    direction: "down",
    target: "AVG_CLAIM_DAYS",
    list: null,
  },
  premium: { id: "premium", family: "premium", format: "money", direction: "up", target: "PREMIUM", list: "policies" },
};

/** Raw counts per family, as the SQL returns them (all integers except sums). */
export type CustomerCounts = { openingInsured: number; closingInsured: number; retained: number; repeatBuyers: number };
export type RenewalCounts = { due: number; renewed: number };
export type VisitCounts = { due: number; done: number; onTime: number };
export type SurveyCounts = {
  csatCount: number;
  csatSum: number;
  npsCount: number;
  promoters: number;
  detractors: number;
};
export type ComplaintCounts = {
  received: number;
  responseMeasured: number;
  respondedInTime: number;
  resolutionMeasured: number;
  resolvedInTime: number;
  responseBreached: number;
  resolutionBreached: number;
};
export type ClaimCounts = { closed: number; daysSum: number };
export type PremiumCounts = { premium: number; policies: number };

export type KpiCounts = {
  customers: CustomerCounts;
  renewal: RenewalCounts;
  visits: VisitCounts;
  surveys: SurveyCounts;
  complaints: ComplaintCounts;
  claims: ClaimCounts;
  premium: PremiumCounts;
};

/** num / den, or null when there is nothing to divide (shown as "—", never as 0 %). */
export function rate(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}

/** Net promoter score in points (−100 … 100): % promoters (9–10) minus % detractors (0–6). */
export function nps(promoters: number, detractors: number, answered: number): number | null {
  return answered > 0 ? ((promoters - detractors) / answered) * 100 : null;
}

export function isPromoter(score: number): boolean {
  return score >= 9;
}
export function isDetractor(score: number): boolean {
  return score <= 6;
}

/** Every KPI's value from the counts of one period. */
export function kpiValues(c: KpiCounts): Record<KpiId, number | null> {
  const cu = c.customers;
  return {
    insuredCustomers: cu.closingInsured,
    insuredGrowth: rate(cu.closingInsured - cu.openingInsured, cu.openingInsured),
    repeatPurchaseRate: rate(cu.repeatBuyers, cu.openingInsured),
    renewalRate: rate(c.renewal.renewed, c.renewal.due),
    retentionRate: rate(cu.retained, cu.openingInsured),
    churnRate: rate(cu.openingInsured - cu.retained, cu.openingInsured),
    visitCompletionRate: rate(c.visits.done, c.visits.due),
    visitOnTimeRate: rate(c.visits.onTime, c.visits.due),
    csat: c.surveys.csatCount > 0 ? c.surveys.csatSum / c.surveys.csatCount : null,
    nps: nps(c.surveys.promoters, c.surveys.detractors, c.surveys.npsCount),
    complaintCount: c.complaints.received,
    complaintSla48h: rate(c.complaints.respondedInTime, c.complaints.responseMeasured),
    complaintSla72h: rate(c.complaints.resolvedInTime, c.complaints.resolutionMeasured),
    avgClaimDays: c.claims.closed > 0 ? c.claims.daysSum / c.claims.closed : null,
    premium: c.premium.policies > 0 ? c.premium.premium : 0,
  };
}

export const EMPTY_COUNTS: KpiCounts = {
  customers: { openingInsured: 0, closingInsured: 0, retained: 0, repeatBuyers: 0 },
  renewal: { due: 0, renewed: 0 },
  visits: { due: 0, done: 0, onTime: 0 },
  surveys: { csatCount: 0, csatSum: 0, npsCount: 0, promoters: 0, detractors: 0 },
  complaints: {
    received: 0,
    responseMeasured: 0,
    respondedInTime: 0,
    resolutionMeasured: 0,
    resolvedInTime: 0,
    responseBreached: 0,
    resolutionBreached: 0,
  },
  claims: { closed: 0, daysSum: 0 },
  premium: { premium: 0, policies: 0 },
};

/** Adds counts field by field (rolling org units up to their parent, agents up to a channel …). */
export function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof T)[]) out[k] = (Number(a[k] ?? 0) + Number(b[k])) as T[keyof T];
  return out;
}

export type Delta = { absolute: number; relative: number | null };

/** Change vs the previous period; relative only when the previous value is non-zero. */
export function delta(current: number | null, previous: number | null): Delta | null {
  if (current === null || previous === null) return null;
  return { absolute: current - previous, relative: previous !== 0 ? (current - previous) / Math.abs(previous) : null };
}

/** Whether a delta is good news for this KPI (null when flat or unknown). */
export function deltaIsGood(def: KpiDefinition, d: Delta | null): boolean | null {
  if (!d || d.absolute === 0) return null;
  return def.direction === "up" ? d.absolute > 0 : d.absolute < 0;
}

/** Progress against the target: value/target for "up" KPIs, target/value for "down" ones. */
export function targetProgress(def: KpiDefinition, value: number | null, target: number | null): number | null {
  // Progress is shown as a bar: never below 0 (a negative NPS against a positive target is "0 %").
  if (value === null || target === null || target <= 0) return null;
  if (def.direction === "up") return Math.max(0, value / target);
  return value <= 0 ? 1 : target / value;
}

/** Whether the target is met. */
export function targetMet(def: KpiDefinition, value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return def.direction === "up" ? value >= target : value <= target;
}

/** The five-year plan (§9) as a one-click default for a year: insured customers +5 % on the previous
 *  year's target, growth 5 %, and the repeat-purchase rate stepping 6 % → 7 % by 0.25 pp a year. */
export const PLAN_GROWTH = 0.05;
export const PLAN_REPEAT_START = 0.06;
export const PLAN_REPEAT_END = 0.07;
export const PLAN_REPEAT_STEP = 0.0025;

export function planDefaults(prev: { insuredCustomers: number | null; repeatPurchaseRate: number | null }): {
  insuredCustomers: number | null;
  insuredGrowth: number;
  repeatPurchaseRate: number;
} {
  const repeat =
    prev.repeatPurchaseRate === null
      ? PLAN_REPEAT_START
      : Math.min(PLAN_REPEAT_END, Math.max(PLAN_REPEAT_START, prev.repeatPurchaseRate + PLAN_REPEAT_STEP));
  return {
    insuredCustomers: prev.insuredCustomers === null ? null : Math.round(prev.insuredCustomers * (1 + PLAN_GROWTH)),
    insuredGrowth: PLAN_GROWTH,
    repeatPurchaseRate: Math.round(repeat * 10_000) / 10_000,
  };
}

/** The target for a period: levels and rates apply as they are; a money (flow) target is pro-rated
 *  by the period's share of days in its target year. */
export function periodTarget(
  def: KpiDefinition,
  yearly: number | null,
  periodDays: number,
  yearDays: number,
): number | null {
  if (yearly === null) return null;
  return def.format === "money" ? (yearly * periodDays) / yearDays : yearly;
}

/** Numerator and denominator behind a rate KPI (null for means, counts and sums). */
export function kpiBasis(id: KpiId, c: KpiCounts): { num: number; den: number } | null {
  const cu = c.customers;
  switch (id) {
    case "repeatPurchaseRate":
      return { num: cu.repeatBuyers, den: cu.openingInsured };
    case "retentionRate":
      return { num: cu.retained, den: cu.openingInsured };
    case "churnRate":
      return { num: cu.openingInsured - cu.retained, den: cu.openingInsured };
    case "renewalRate":
      return { num: c.renewal.renewed, den: c.renewal.due };
    case "visitCompletionRate":
      return { num: c.visits.done, den: c.visits.due };
    case "visitOnTimeRate":
      return { num: c.visits.onTime, den: c.visits.due };
    case "complaintSla48h":
      return { num: c.complaints.respondedInTime, den: c.complaints.responseMeasured };
    case "complaintSla72h":
      return { num: c.complaints.resolvedInTime, den: c.complaints.resolutionMeasured };
    default:
      return null;
  }
}
