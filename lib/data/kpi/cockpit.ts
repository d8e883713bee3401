import "server-only";
// The cockpit: every KPI for a period and scope, with previous period, delta, yearly target and trend.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { daysBetween, shanghaiDate } from "@/lib/domain/dates";
import {
  delta,
  KPI_DEFINITIONS,
  KPI_IDS,
  kpiBasis,
  kpiValues,
  periodTarget,
  targetProgress,
  type Delta,
  type KpiId,
} from "@/lib/domain/kpi";
import { previousPeriod, targetYear, trendPeriods, type Period } from "@/lib/domain/kpi-period";
import { countsOf, kpiCounts, type KpiSource } from "./counts";
import { summaryFreshness } from "./refresh";
import { isMonthAligned, summaryPremium, summarySnapshot } from "./summary";
import { customerSnapshot, premiumFacts, type Snapshot } from "./facts";
import { resolveKpiScope, type KpiFilter, type KpiScope } from "./scope";

export type KpiCard = {
  id: KpiId;
  value: number | null;
  previous: number | null;
  delta: Delta | null;
  target: number | null;
  progress: number | null;
  trend: { key: string; value: number | null }[];
  /** Numerator / denominator behind a rate, for the tooltip ("123 / 456"). */
  basis: { num: number; den: number } | null;
};

export type Cockpit = {
  period: Period;
  previous: Period;
  scope: KpiScope;
  cards: KpiCard[];
  snapshot: Snapshot;
  premiumByChannel: Record<string, number>;
  premiumByProductLine: Record<string, number>;
  complaintBreaches: { response: number; resolution: number };
  /** live: computed now; summary: read from the summaries refreshed at `at` (periods they lack run live). */
  freshness: { source: KpiSource; at: Date };
};

/** Yearly targets of a unit, by KPI. */
export async function targetsFor(orgUnitId: string, year: number): Promise<Partial<Record<KpiId, number>>> {
  const rows = await db.kpiTarget.findMany({ where: { orgUnitId, year }, select: { metric: true, value: true } });
  const out: Partial<Record<KpiId, number>> = {};
  for (const id of KPI_IDS) {
    const metric = KPI_DEFINITIONS[id].target;
    const row = metric && rows.find((r) => r.metric === metric);
    if (row) out[id] = Number(row.value);
  }
  return out;
}

/** Summaries when they have been refreshed (and `prefer` allows), else live. */
export async function chooseSource(prefer: "auto" | "live" = "auto"): Promise<{ source: KpiSource; at: Date }> {
  const refreshed = prefer === "auto" ? await summaryFreshness() : null;
  return refreshed ? { source: "summary", at: refreshed } : { source: "live", at: new Date() };
}

export async function loadCockpit(
  actor: Actor,
  period: Period,
  filter: KpiFilter = {},
  today = shanghaiDate(),
  prefer: "auto" | "live" = "auto",
): Promise<Cockpit> {
  const scope = await resolveKpiScope(actor, filter);
  const freshness = await chooseSource(prefer);
  const summary = freshness.source === "summary";
  const previous = previousPeriod(period);
  const trend = trendPeriods(period);
  const keys = new Set(trend.map((p) => p.key));
  const periods = [...trend, ...[period, previous].filter((p) => !keys.has(p.key))];
  const [table, snapshot, mixChannel, mixProduct, targets] = await Promise.all([
    kpiCounts(scope, periods, "total", today, freshness.source),
    summary ? summarySnapshot(scope) : customerSnapshot(scope),
    summary && isMonthAligned(period)
      ? summaryPremium(scope, [period], "channel")
      : premiumFacts(scope, [period], "channel"),
    summary && isMonthAligned(period)
      ? summaryPremium(scope, [period], "productLine")
      : premiumFacts(scope, [period], "productLine"),
    scope.ownFigures ? Promise.resolve({}) : targetsFor(scope.orgUnitId, targetYear(period)),
  ]);
  const current = countsOf(table, period.key);
  const values = kpiValues(current);
  const prevValues = kpiValues(countsOf(table, previous.key));
  const trendValues = trend.map((p) => ({ key: p.key, values: kpiValues(countsOf(table, p.key)) }));
  const cards: KpiCard[] = KPI_IDS.map((id) => {
    const year = targetYear(period);
    const target = periodTarget(
      KPI_DEFINITIONS[id],
      (targets as Partial<Record<KpiId, number>>)[id] ?? null,
      daysBetween(period.start, period.end) + 1,
      daysBetween(`${year}-01-01`, `${year}-12-31`) + 1,
    );
    return {
      id,
      value: values[id],
      previous: prevValues[id],
      delta: delta(values[id], prevValues[id]),
      target,
      progress: targetProgress(KPI_DEFINITIONS[id], values[id], target),
      trend: trendValues.map((t) => ({ key: t.key, value: t.values[id] })),
      basis: kpiBasis(id, current),
    };
  });
  const mix = (rows: Awaited<ReturnType<typeof premiumFacts>>) =>
    Object.fromEntries([...(rows.get(period.key) ?? new Map()).entries()].map(([k, v]) => [k, v.premium]));
  return {
    period,
    previous,
    scope,
    cards,
    snapshot,
    premiumByChannel: mix(mixChannel),
    premiumByProductLine: mix(mixProduct),
    complaintBreaches: {
      response: current.complaints.responseBreached,
      resolution: current.complaints.resolutionBreached,
    },
    freshness,
  };
}
