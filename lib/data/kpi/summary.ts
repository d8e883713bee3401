import "server-only";
// The same KPI counts as facts.ts, read from the summary materialized views (see the migration
// 20261123202158_kpi_summaries and refresh.ts). Used for month-aligned periods once the views have
// been refreshed; each function returns exactly the shape of its live counterpart.
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Period } from "@/lib/domain/kpi-period";
import type {
  ClaimCounts,
  ComplaintCounts,
  CustomerCounts,
  PremiumCounts,
  RenewalCounts,
  SurveyCounts,
  VisitCounts,
} from "@/lib/domain/kpi";
import { query, type FactRows, type Row, type Snapshot } from "./facts";
import type { GroupBy, KpiScope } from "./scope";

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A period made of whole calendar months (so monthly summaries add up to it exactly). */
export function isMonthAligned(p: Period): boolean {
  const next = new Date(`${p.end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return p.start.endsWith("-01") && next.getUTCDate() === 1;
}

function scopeSql(scope: KpiScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.orgUnitIds) parts.push(Prisma.sql`s."orgUnitId" = ANY(${scope.orgUnitIds}::uuid[])`);
  if (scope.agentId) parts.push(Prisma.sql`s.agent = ${scope.agentId}`);
  if (scope.channel) parts.push(Prisma.sql`s.channel = ${scope.channel}`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

function groupSql(groupBy: GroupBy | "productLine"): Prisma.Sql {
  if (groupBy === "org") return Prisma.raw(`s."orgUnitId"::text`);
  if (groupBy === "channel") return Prisma.raw(`s.channel`);
  if (groupBy === "agent") return Prisma.raw(`s.agent`);
  if (groupBy === "productLine") return Prisma.raw(`s."productLine"`);
  return Prisma.raw(`''`);
}

function toRows<T>(rows: Row[], pick: (r: Row) => T): FactRows<T> {
  const out: FactRows<T> = new Map();
  for (const r of rows) {
    const byGroup = out.get(r.k) ?? new Map<string, T>();
    byGroup.set(r.g ?? "", pick(r));
    out.set(r.k, byGroup);
  }
  return out;
}

const monthsSql = (periods: Period[]) =>
  Prisma.sql`(VALUES ${Prisma.join(periods.map((p) => Prisma.sql`(${p.key}, ${p.start}::date, ${p.end}::date)`))}) AS per(k, s, e)`;

/** Sums a monthly summary view over each period's months. */
async function monthly(
  view: string,
  columns: string[],
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy | "productLine",
): Promise<Row[]> {
  const sums = Prisma.raw(columns.map((c) => `sum(s."${c}")::float8 AS "${c}"`).join(", "));
  const from = periods.reduce((m, p) => (p.start < m ? p.start : m), periods[0]!.start);
  const to = periods.reduce((m, p) => (p.end > m ? p.end : m), periods[0]!.end);
  // Unit-level questions read the agent-less rollup (<view>_org); agent scope or grouping needs the full view.
  const source = scope.agentId === null && groupBy !== "agent" ? `${view}_org` : view;
  return query(
    `summary:${source}`,
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy)} AS g, ${sums}
    FROM ${Prisma.raw(source)} s
    JOIN ${monthsSql(periods)} ON s.month BETWEEN per.s AND per.e
    WHERE s.month BETWEEN ${from}::date AND ${to}::date ${scopeSql(scope)}
    GROUP BY 1, 2`,
  );
}

const pickAll =
  <T>(cols: string[]) =>
  (r: Row) =>
    Object.fromEntries(cols.map((c) => [c, num(r[c])])) as T;

const COLUMNS = {
  renewal: ["due", "renewed"],
  premium: ["premium", "policies"],
  visits: ["due", "done", "onTime"],
  surveys: ["csatCount", "csatSum", "npsCount", "promoters", "detractors"],
  complaints: [
    "received",
    "responseMeasured",
    "respondedInTime",
    "resolutionMeasured",
    "resolvedInTime",
    "responseBreached",
    "resolutionBreached",
  ],
  claims: ["closed", "daysSum"],
};

export const summaryRenewal = async (s: KpiScope, p: Period[], g: GroupBy): Promise<FactRows<RenewalCounts>> =>
  toRows(await monthly("kpi_month_renewal", COLUMNS.renewal, s, p, g), pickAll(COLUMNS.renewal));
export const summaryPremium = async (
  s: KpiScope,
  p: Period[],
  g: GroupBy | "productLine",
): Promise<FactRows<PremiumCounts>> =>
  toRows(await monthly("kpi_month_premium", COLUMNS.premium, s, p, g), pickAll(COLUMNS.premium));
export const summaryVisits = async (s: KpiScope, p: Period[], g: GroupBy): Promise<FactRows<VisitCounts>> =>
  toRows(await monthly("kpi_month_visit", COLUMNS.visits, s, p, g), pickAll(COLUMNS.visits));
export const summarySurveys = async (s: KpiScope, p: Period[], g: GroupBy): Promise<FactRows<SurveyCounts>> =>
  toRows(await monthly("kpi_month_survey", COLUMNS.surveys, s, p, g), pickAll(COLUMNS.surveys));
export const summaryComplaints = async (s: KpiScope, p: Period[], g: GroupBy): Promise<FactRows<ComplaintCounts>> =>
  toRows(await monthly("kpi_month_complaint", COLUMNS.complaints, s, p, g), pickAll(COLUMNS.complaints));
export const summaryClaims = async (s: KpiScope, p: Period[], g: GroupBy): Promise<FactRows<ClaimCounts>> =>
  toRows(await monthly("kpi_month_claim", COLUMNS.claims, s, p, g), pickAll(COLUMNS.claims));

/** Which of these standard periods kpi_customer_period holds. */
export async function customerPeriodsAvailable(periods: Period[]): Promise<Set<string>> {
  const keys = periods.filter((p) => p.kind !== "custom").map((p) => `${p.kind}:${p.key}`);
  if (keys.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT kind || ':' || key AS id FROM kpi_customer_period
    WHERE (kind || ':' || key) = ANY(${keys}::text[])`;
  return new Set(rows.map((r) => r.id));
}

export async function summaryCustomers(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy,
): Promise<FactRows<CustomerCounts>> {
  const rows = await query(
    "summary:kpi_customer_period",
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy)} AS g,
      sum(s.opening)::int AS "openingInsured", sum(s.closing)::int AS "closingInsured",
      sum(s.retained)::int AS retained, sum(s.repeat)::int AS "repeatBuyers"
    FROM kpi_customer_period s
    JOIN (VALUES ${Prisma.join(periods.map((p) => Prisma.sql`(${p.key}, ${p.kind})`))}) AS per(k, kind)
      ON s.kind = per.kind AND s.key = per.k
    WHERE true ${scopeSql(scope)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({
    openingInsured: num(r.openingInsured),
    closingInsured: num(r.closingInsured),
    retained: num(r.retained),
    repeatBuyers: num(r.repeatBuyers),
  }));
}

export async function summarySnapshot(scope: KpiScope): Promise<Snapshot> {
  const rows = (await query(
    "summary:kpi_customer_snapshot",
    Prisma.sql`
    SELECT s.activity, s."vipTier", sum(s.n)::int AS n FROM kpi_customer_snapshot s
    WHERE true ${scopeSql(scope)} GROUP BY 1, 2`,
  )) as unknown as { activity: string; vipTier: string; n: number }[];
  const out: Snapshot = { activity: {}, vipTier: {} };
  for (const r of rows) {
    if (r.activity) out.activity[r.activity] = (out.activity[r.activity] ?? 0) + r.n;
    out.vipTier[r.vipTier] = (out.vipTier[r.vipTier] ?? 0) + r.n;
  }
  return out;
}
