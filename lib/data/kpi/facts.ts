import "server-only";
// The KPI SQL, one query per fact family. Each query counts numerators and denominators for several
// periods at once (joined from a VALUES list) and one grouping (total / org unit / channel / agent),
// so the cockpit value, its previous period, its trend, the drill-down tables and the appraisal all
// come from the same definition. Rates are computed from these counts in lib/domain/kpi.ts.
import { AsyncLocalStorage } from "node:async_hooks";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { asOfDate, openingDate, shanghaiStartOf, type Period } from "@/lib/domain/kpi-period";
import { addDays } from "@/lib/domain/dates";
import type {
  ClaimCounts,
  ComplaintCounts,
  CustomerCounts,
  PremiumCounts,
  RenewalCounts,
  SurveyCounts,
  VisitCounts,
} from "@/lib/domain/kpi";
import { COLS, groupSql, scopeSql, type GroupBy, type KpiScope } from "./scope";

/** periodKey → groupKey → counts */
export type FactRows<T> = Map<string, Map<string, T>>;

export type Row = { k: string; g: string | null } & Record<string, unknown>;

function toRows<T>(rows: Row[], pick: (r: Row) => T): FactRows<T> {
  const out: FactRows<T> = new Map();
  for (const r of rows) {
    const byGroup = out.get(r.k) ?? new Map<string, T>();
    byGroup.set(r.g ?? "", pick(r));
    out.set(r.k, byGroup);
  }
  return out;
}

/** Under explainFacts (benchmark), each query runs as EXPLAIN ANALYZE and reports its execution time. */
export const explainStore = new AsyncLocalStorage<Map<string, number>>();

export async function query(name: string, sql: Prisma.Sql): Promise<Row[]> {
  const explain = explainStore.getStore();
  if (!explain) return db.$queryRaw<Row[]>(sql);
  const plan = await db.$queryRaw<{ "QUERY PLAN": [{ "Execution Time": number }] }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
  );
  explain.set(name, (explain.get(name) ?? 0) + plan[0]!["QUERY PLAN"][0]["Execution Time"]);
  return [];
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

function periodsSql(periods: Period[], today: string): Prisma.Sql {
  const rows = periods.map(
    (p) =>
      Prisma.sql`(${p.key}, ${p.start}::date, ${p.end}::date, ${openingDate(p)}::date, ${asOfDate(p, today)}::date)`,
  );
  return Prisma.sql`(VALUES ${Prisma.join(rows)}) AS per(k, s, e, o, asof)`;
}

function bounds(periods: Period[]) {
  const from = periods.reduce((m, p) => (p.start < m ? p.start : m), periods[0]!.start);
  const to = periods.reduce((m, p) => (p.end > m ? p.end : m), periods[0]!.end);
  return { from, to, fromAt: shanghaiStartOf(from), toAt: shanghaiStartOf(addDays(to, 1)) };
}

/** Shanghai calendar date of a timestamptz column. */
const localDate = (col: string) => Prisma.raw(`(${col} AT TIME ZONE 'Asia/Shanghai')::date`);

/**
 * Customers (scoped by the customer's unit / allocated agent / channel). A customer is insured on a
 * day when one of their policies covers it (startDate ≤ day ≤ endDate) and is not LAPSED/SURRENDERED.
 * opening = insured on the day before the period; closing = insured on the period's as-of day;
 * retained = both; repeat buyers = opening customers with a new (non-renewal) policy starting in the period.
 */
export async function customerFacts(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy,
  today: string,
): Promise<FactRows<CustomerCounts>> {
  const b = bounds(periods);
  const g = groupSql(groupBy, COLS.customer);
  const rows = await query(
    "customers",
    Prisma.sql`
    SELECT k, g,
      count(*) FILTER (WHERE at_open)::int AS "openingInsured",
      count(*) FILTER (WHERE at_close)::int AS "closingInsured",
      count(*) FILTER (WHERE at_open AND at_close)::int AS retained,
      count(*) FILTER (WHERE at_open AND bought)::int AS "repeatBuyers"
    FROM (
      SELECT per.k, ${g} AS g, c.id,
        bool_or(x.live AND x."startDate" <= per.o AND x."endDate" >= per.o) AS at_open,
        bool_or(x.live AND x."startDate" <= per.asof AND x."endDate" >= per.asof) AS at_close,
        bool_or(x."renewedFromId" IS NULL AND x."startDate" > per.o AND x."startDate" <= per.asof) AS bought
      FROM ${periodsSql(periods, today)}
      JOIN (
        SELECT p."customerId", p."startDate", p."endDate", p."renewedFromId",
               p.status NOT IN ('LAPSED', 'SURRENDERED') AS live
        FROM "Policy" p
        WHERE p."startDate" <= ${b.to}::date AND p."endDate" >= ${addDays(b.from, -1)}::date
      ) x ON x."startDate" <= per.asof AND x."endDate" >= per.o
      JOIN "Customer" c ON c.id = x."customerId"
      WHERE c."mergedIntoId" IS NULL ${scopeSql(scope, COLS.customer)}
      GROUP BY per.k, 2, c.id
    ) t
    GROUP BY k, g`,
  );
  return toRows(rows, (r) => ({
    openingInsured: num(r.openingInsured),
    closingInsured: num(r.closingInsured),
    retained: num(r.retained),
    repeatBuyers: num(r.repeatBuyers),
  }));
}

/** Policies due (endDate in the period) and those renewed (a successor links back via renewedFromId). */
export async function renewalFacts(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy,
): Promise<FactRows<RenewalCounts>> {
  const b = bounds(periods);
  const rows = await query(
    "renewal",
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy, COLS.policy)} AS g, count(*)::int AS due, count(n.id)::int AS renewed
    FROM "Policy" p
    JOIN ${periodsSql(periods, b.to)} ON p."endDate" BETWEEN per.s AND per.e
    LEFT JOIN "Policy" n ON n."renewedFromId" = p.id
    WHERE p."endDate" BETWEEN ${b.from}::date AND ${b.to}::date ${scopeSql(scope, COLS.policy)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({ due: num(r.due), renewed: num(r.renewed) }));
}

/** New business and renewals written: policies starting in the period, annual premium summed. */
export async function premiumFacts(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy | "productLine",
): Promise<FactRows<PremiumCounts>> {
  const b = bounds(periods);
  const g = groupBy === "productLine" ? Prisma.raw(`p."productLine"::text`) : groupSql(groupBy, COLS.policy);
  const rows = await query(
    "premium",
    Prisma.sql`
    SELECT per.k, ${g} AS g, sum(p."annualPremium")::float8 AS premium, count(*)::int AS policies
    FROM "Policy" p
    JOIN ${periodsSql(periods, b.to)} ON p."startDate" BETWEEN per.s AND per.e
    WHERE p."startDate" BETWEEN ${b.from}::date AND ${b.to}::date ${scopeSql(scope, COLS.policy)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({ premium: num(r.premium), policies: num(r.policies) }));
}

/** Visits due in the period (not cancelled); done; done on or before the due day (Shanghai time). */
export async function visitFacts(scope: KpiScope, periods: Period[], groupBy: GroupBy): Promise<FactRows<VisitCounts>> {
  const b = bounds(periods);
  const rows = await query(
    "visits",
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy, COLS.visit)} AS g, count(*)::int AS due,
      count(*) FILTER (WHERE v.status = 'DONE')::int AS done,
      count(*) FILTER (WHERE v.status = 'DONE' AND ${localDate(`v."doneAt"`)} <= v."dueDate")::int AS "onTime"
    FROM "Visit" v
    JOIN "Customer" c ON c.id = v."customerId"
    JOIN ${periodsSql(periods, b.to)} ON v."dueDate" BETWEEN per.s AND per.e
    WHERE v.status <> 'CANCELLED' AND v."dueDate" BETWEEN ${b.from}::date AND ${b.to}::date
      ${scopeSql(scope, COLS.visit)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({ due: num(r.due), done: num(r.done), onTime: num(r.onTime) }));
}

/** Completed surveys in the period: CSAT mean of `csat`; NPS from `npsScore` (9–10 promoters, 0–6 detractors). */
export async function surveyFacts(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy,
): Promise<FactRows<SurveyCounts>> {
  const b = bounds(periods);
  const rows = await query(
    "surveys",
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy, COLS.survey)} AS g,
      count(s.csat)::int AS "csatCount", coalesce(sum(s.csat), 0)::float8 AS "csatSum",
      count(s."npsScore")::int AS "npsCount",
      count(*) FILTER (WHERE s."npsScore" >= 9)::int AS promoters,
      count(*) FILTER (WHERE s."npsScore" <= 6)::int AS detractors
    FROM "Survey" s
    JOIN "Customer" c ON c.id = s."customerId"
    JOIN ${periodsSql(periods, b.to)} ON ${localDate(`s."completedAt"`)} BETWEEN per.s AND per.e
    WHERE s.status = 'COMPLETED' AND s."completedAt" >= ${b.fromAt} AND s."completedAt" < ${b.toAt}
      ${scopeSql(scope, COLS.survey)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({
    csatCount: num(r.csatCount),
    csatSum: num(r.csatSum),
    npsCount: num(r.npsCount),
    promoters: num(r.promoters),
    detractors: num(r.detractors),
  }));
}

/**
 * Complaints received in the period. 48 h compliance: first response at or before responseDueAt, over
 * complaints answered or already past their due time (ones still inside the window are not counted yet).
 * 72 h compliance: the same with resolvedAt / resolutionDueAt. Breach flags are counted as stored.
 */
export async function complaintFacts(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy,
  now: Date = new Date(),
): Promise<FactRows<ComplaintCounts>> {
  const b = bounds(periods);
  const rows = await query(
    "complaints",
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy, COLS.complaint)} AS g, count(*)::int AS received,
      count(*) FILTER (WHERE k."firstResponseAt" IS NOT NULL OR k."responseDueAt" <= ${now})::int AS "responseMeasured",
      count(*) FILTER (WHERE k."firstResponseAt" <= k."responseDueAt")::int AS "respondedInTime",
      count(*) FILTER (WHERE k."resolvedAt" IS NOT NULL OR k."resolutionDueAt" <= ${now})::int AS "resolutionMeasured",
      count(*) FILTER (WHERE k."resolvedAt" <= k."resolutionDueAt")::int AS "resolvedInTime",
      count(*) FILTER (WHERE k."responseBreached")::int AS "responseBreached",
      count(*) FILTER (WHERE k."resolutionBreached")::int AS "resolutionBreached"
    FROM "Complaint" k
    JOIN "Customer" c ON c.id = k."customerId"
    JOIN ${periodsSql(periods, b.to)} ON ${localDate(`k."receivedAt"`)} BETWEEN per.s AND per.e
    WHERE k."receivedAt" >= ${b.fromAt} AND k."receivedAt" < ${b.toAt} ${scopeSql(scope, COLS.complaint)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({
    received: num(r.received),
    responseMeasured: num(r.responseMeasured),
    respondedInTime: num(r.respondedInTime),
    resolutionMeasured: num(r.resolutionMeasured),
    resolvedInTime: num(r.resolvedInTime),
    responseBreached: num(r.responseBreached),
    resolutionBreached: num(r.resolutionBreached),
  }));
}

/** Claims closed in the period: processing days = (closedAt − reportedAt) in days, averaged. */
export async function claimFacts(scope: KpiScope, periods: Period[], groupBy: GroupBy): Promise<FactRows<ClaimCounts>> {
  const b = bounds(periods);
  const rows = await query(
    "claims",
    Prisma.sql`
    SELECT per.k, ${groupSql(groupBy, COLS.policy)} AS g, count(*)::int AS closed,
      coalesce(sum(extract(epoch FROM (cl."closedAt" - cl."reportedAt")) / 86400), 0)::float8 AS "daysSum"
    FROM "Claim" cl
    JOIN "Policy" p ON p.id = cl."policyId"
    JOIN ${periodsSql(periods, b.to)} ON ${localDate(`cl."closedAt"`)} BETWEEN per.s AND per.e
    WHERE cl."closedAt" >= ${b.fromAt} AND cl."closedAt" < ${b.toAt} ${scopeSql(scope, COLS.policy)}
    GROUP BY 1, 2`,
  );
  return toRows(rows, (r) => ({ closed: num(r.closed), daysSum: num(r.daysSum) }));
}

export type Snapshot = { activity: Record<string, number>; vipTier: Record<string, number> };

/** Current activity status and VIP tier of the insured customers in scope (a snapshot, not a period figure). */
export async function customerSnapshot(scope: KpiScope): Promise<Snapshot> {
  const rows = (await query(
    "snapshot",
    Prisma.sql`
    SELECT 'activity' AS kind, c.activity::text AS value, count(*)::int AS n
    FROM "Customer" c WHERE c."mergedIntoId" IS NULL AND c."isInsured" ${scopeSql(scope, COLS.customer)}
    GROUP BY 2
    UNION ALL
    SELECT 'vipTier', c."vipTier"::text, count(*)::int
    FROM "Customer" c WHERE c."mergedIntoId" IS NULL AND c."isInsured" ${scopeSql(scope, COLS.customer)}
    GROUP BY 2`,
  )) as unknown as { kind: string; value: string | null; n: number }[];
  const out: Snapshot = { activity: {}, vipTier: {} };
  for (const r of rows) if (r.value) out[r.kind as keyof Snapshot][r.value] = r.n;
  return out;
}
