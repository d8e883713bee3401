import "server-only";
// 客户投诉分析表: one month of complaints for an org unit's subtree, grouped by category, channel,
// org unit, product line and root cause in ONE grouping-sets query, plus the 12-month trend and the
// customer denominators (three queries in all, run together). Rates are computed in
// lib/domain/complaint-analysis.ts from the counts returned here.
import { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import { averageHours, monthsEnding, per10k, share, shiftMonth, slaCompliance } from "@/lib/domain/complaint-analysis";
import { ANALYSIS_DIMENSIONS, type AnalysisDimension } from "@/lib/domain/complaint-analysis";

/** Raw counts of one group (or of the whole month). */
export type ComplaintGroupCounts = {
  complaints: number;
  responseMeasured: number;
  respondedInTime: number;
  resolutionMeasured: number;
  resolvedInTime: number;
  resolved: number;
  handlingHoursSum: number;
  reopened: number;
};

export type AnalysisFigures = ComplaintGroupCounts & {
  /** Share of the month's complaints (0–1). */
  share: number | null;
  /** Complaints per 10,000 customers (org units and the total only). */
  per10k: number | null;
  sla48h: number | null;
  sla72h: number | null;
  avgHandlingHours: number | null;
  reopenRate: number | null;
};

export type AnalysisRow = AnalysisFigures & { key: string | null; label: string | null; customers?: number };

export type TrendPoint = {
  month: string;
  complaints: number;
  sla48h: number | null;
  sla72h: number | null;
  reopenRate: number | null;
};

export type ComplaintAnalysis = {
  month: string;
  orgUnitId: string;
  orgUnitName: string;
  customers: number;
  total: AnalysisFigures;
  previousMonthComplaints: number;
  groups: Record<AnalysisDimension, AnalysisRow[]>;
  trend: TrendPoint[];
};

export type AnalysisInput = { month: string; orgUnitId?: string };

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Midnight (Asia/Shanghai) starting the YYYY-MM month, as an instant. */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00+08:00`);
}

/** The org units counted: the chosen unit's subtree, which must lie inside the actor's own. */
export async function analysisScope(actor: Actor, orgUnitId?: string): Promise<{ orgUnitId: string; ids: string[] }> {
  requirePermission(actor, "complaint.analyse");
  const unit = orgUnitId ?? actor.orgUnitId;
  if (!actor.orgUnitIds.includes(unit)) throw new ForbiddenError("complaint.analyse");
  return { orgUnitId: unit, ids: unit === actor.orgUnitId ? actor.orgUnitIds : await orgSubtreeIds(unit) };
}

const COUNT_COLUMNS = (now: Date) => Prisma.sql`
  count(*)::int AS complaints,
  count(*) FILTER (WHERE k."firstResponseAt" IS NOT NULL OR k."responseDueAt" <= ${now})::int AS "responseMeasured",
  count(*) FILTER (WHERE k."firstResponseAt" <= k."responseDueAt")::int AS "respondedInTime",
  count(*) FILTER (WHERE k."resolvedAt" IS NOT NULL OR k."resolutionDueAt" <= ${now})::int AS "resolutionMeasured",
  count(*) FILTER (WHERE k."resolvedAt" <= k."resolutionDueAt")::int AS "resolvedInTime",
  count(k."resolvedAt")::int AS resolved,
  coalesce(sum(extract(epoch FROM (k."resolvedAt" - k."receivedAt")) / 3600), 0)::float8 AS "handlingHoursSum",
  count(*) FILTER (WHERE k."reopenCount" > 0)::int AS reopened`;

function counts(r: Record<string, unknown>): ComplaintGroupCounts {
  return {
    complaints: num(r.complaints),
    responseMeasured: num(r.responseMeasured),
    respondedInTime: num(r.respondedInTime),
    resolutionMeasured: num(r.resolutionMeasured),
    resolvedInTime: num(r.resolvedInTime),
    resolved: num(r.resolved),
    handlingHoursSum: num(r.handlingHoursSum),
    reopened: num(r.reopened),
  };
}

export function figures(c: ComplaintGroupCounts, total: number, customers: number | null): AnalysisFigures {
  return {
    ...c,
    share: share(c.complaints, total),
    per10k: customers === null ? null : per10k(c.complaints, customers),
    sla48h: slaCompliance(c.respondedInTime, c.responseMeasured),
    sla72h: slaCompliance(c.resolvedInTime, c.resolutionMeasured),
    avgHandlingHours: averageHours(c.handlingHoursSum, c.resolved),
    reopenRate: share(c.reopened, c.complaints),
  };
}

/** The month's grouped counts: one row per (dimension, key) plus the total row. */
export function groupedSql(ids: string[], month: string, now: Date): Prisma.Sql {
  const from = monthStart(month);
  const to = monthStart(shiftMonth(month, 1));
  return Prisma.sql`
    SELECT CASE WHEN GROUPING(k.category) = 0 THEN 'category' WHEN GROUPING(k.channel) = 0 THEN 'channel'
                WHEN GROUPING(k."orgUnitId") = 0 THEN 'org' WHEN GROUPING(k."productLine") = 0 THEN 'product'
                WHEN GROUPING(r.cause) = 0 THEN 'rootCause' ELSE 'total' END AS dim,
           coalesce(k.category::text, k.channel::text, k."orgUnitId"::text, k."productLine"::text, r.cause) AS key,
           ${COUNT_COLUMNS(now)}
    FROM "Complaint" k
    CROSS JOIN LATERAL (SELECT nullif(btrim(k."rootCause"), '') AS cause) r
    WHERE k."orgUnitId" = ANY(${ids}::uuid[]) AND k."receivedAt" >= ${from} AND k."receivedAt" < ${to}
    GROUP BY GROUPING SETS ((), (k.category), (k.channel), (k."orgUnitId"), (k."productLine"), (r.cause))`;
}

/** Complaints per month (Beijing calendar) for the 12 months ending with `month`. */
export function trendSql(ids: string[], month: string, now: Date): Prisma.Sql {
  const from = monthStart(shiftMonth(month, -11));
  const to = monthStart(shiftMonth(month, 1));
  return Prisma.sql`
    SELECT to_char(k."receivedAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, ${COUNT_COLUMNS(now)}
    FROM "Complaint" k
    WHERE k."orgUnitId" = ANY(${ids}::uuid[]) AND k."receivedAt" >= ${from} AND k."receivedAt" < ${to}
    GROUP BY 1`;
}

export function customersSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT c."orgUnitId"::text AS key, count(*)::int AS n
    FROM "Customer" c WHERE c."orgUnitId" = ANY(${ids}::uuid[]) AND c."mergedIntoId" IS NULL
    GROUP BY 1`;
}

const ROOT_CAUSE_LIMIT = 10;

/**
 * Customers per org unit, the per-10,000 denominator. Counting them scans most of the Customer table
 * (~0.5 s at 1.1 M customers) while the figure moves by a handful a day, so each server process keeps
 * it for 10 minutes per set of units.
 */
export const CUSTOMER_COUNT_TTL_MS = 10 * 60_000;
const customerCountCache = new Map<string, { at: number; rows: { key: string; n: number }[] }>();

async function customerCounts(ids: string[], fresh: boolean): Promise<{ key: string; n: number }[]> {
  const key = [...ids].sort().join(",");
  const hit = customerCountCache.get(key);
  if (!fresh && hit && Date.now() - hit.at < CUSTOMER_COUNT_TTL_MS) return hit.rows;
  const rows = await db.$queryRaw<{ key: string; n: number }[]>(customersSql(ids));
  if (customerCountCache.size >= 500) customerCountCache.clear();
  customerCountCache.set(key, { at: Date.now(), rows });
  return rows;
}

export async function complaintAnalysis(
  actor: Actor,
  input: AnalysisInput,
  opts: { locale?: string; now?: Date; freshCustomerCounts?: boolean } = {},
): Promise<ComplaintAnalysis> {
  const { orgUnitId, ids } = await analysisScope(actor, input.orgUnitId);
  const now = opts.now ?? new Date();
  const [grouped, trendRows, customerRows, units] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(groupedSql(ids, input.month, now)),
    db.$queryRaw<Record<string, unknown>[]>(trendSql(ids, input.month, now)),
    customerCounts(ids, opts.freshCustomerCounts ?? false),
    db.orgUnit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameEn: true } }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, opts.locale === "en" ? u.nameEn : u.name]));
  const customersByOrg = new Map(customerRows.map((r) => [r.key, num(r.n)]));
  const customers = [...customersByOrg.values()].reduce((s, n) => s + n, 0);
  const totalRow = grouped.find((r) => r.dim === "total");
  const totalCounts = totalRow ? counts(totalRow) : counts({});
  const total = totalCounts.complaints;

  const groups = Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, [] as AnalysisRow[]])) as Record<
    AnalysisDimension,
    AnalysisRow[]
  >;
  for (const r of grouped) {
    const dim = r.dim as AnalysisDimension | "total";
    if (dim === "total") continue;
    const key = (r.key as string | null) ?? null;
    const orgCustomers = dim === "org" && key ? (customersByOrg.get(key) ?? 0) : null;
    groups[dim].push({
      key,
      label: dim === "org" && key ? (unitName.get(key) ?? key) : key,
      ...(orgCustomers !== null ? { customers: orgCustomers } : {}),
      ...figures(counts(r), total, orgCustomers),
    });
  }
  for (const d of ANALYSIS_DIMENSIONS)
    groups[d].sort((a, b) => b.complaints - a.complaints || String(a.key).localeCompare(String(b.key)));
  groups.rootCause = groups.rootCause.slice(0, ROOT_CAUSE_LIMIT);

  const byMonth = new Map(trendRows.map((r) => [String(r.month), counts(r)]));
  const trend = monthsEnding(input.month, 12).map((m) => {
    const c = byMonth.get(m) ?? counts({});
    const f = figures(c, c.complaints, null);
    return { month: m, complaints: c.complaints, sla48h: f.sla48h, sla72h: f.sla72h, reopenRate: f.reopenRate };
  });
  return {
    month: input.month,
    orgUnitId,
    orgUnitName: unitName.get(orgUnitId) ?? "",
    customers,
    total: figures(totalCounts, total, customers),
    previousMonthComplaints: byMonth.get(shiftMonth(input.month, -1))?.complaints ?? 0,
    groups,
    trend,
  };
}
