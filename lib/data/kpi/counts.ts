import "server-only";
// Runs every fact family for a set of periods and one grouping and merges them into KpiCounts.
import { EMPTY_COUNTS, type KpiCounts } from "@/lib/domain/kpi";
import type { Period } from "@/lib/domain/kpi-period";
import {
  claimFacts,
  complaintFacts,
  customerFacts,
  premiumFacts,
  renewalFacts,
  surveyFacts,
  visitFacts,
  type FactRows,
} from "./facts";
import type { GroupBy, KpiScope } from "./scope";
import {
  customerPeriodsAvailable,
  isMonthAligned,
  summaryClaims,
  summaryComplaints,
  summaryCustomers,
  summaryPremium,
  summaryRenewal,
  summarySurveys,
  summaryVisits,
} from "./summary";

/** periodKey → groupKey → counts of every family. */
export type CountTable = Map<string, Map<string, KpiCounts>>;

/** "summary": read the refreshed summary views where they cover the periods, live SQL elsewhere. */
export type KpiSource = "live" | "summary";

async function customerCounts(scope: KpiScope, periods: Period[], groupBy: GroupBy, today: string, source: KpiSource) {
  if (source === "live") return customerFacts(scope, periods, groupBy, today);
  const available = await customerPeriodsAvailable(periods);
  const fromSummary = periods.filter((p) => available.has(`${p.kind}:${p.key}`));
  const live = periods.filter((p) => !available.has(`${p.kind}:${p.key}`));
  const [a, b] = await Promise.all([
    fromSummary.length ? summaryCustomers(scope, fromSummary, groupBy) : new Map(),
    live.length ? customerFacts(scope, live, groupBy, today) : new Map(),
  ]);
  return new Map([...a, ...b]) as Awaited<ReturnType<typeof customerFacts>>;
}

export async function kpiCounts(
  scope: KpiScope,
  periods: Period[],
  groupBy: GroupBy,
  today: string,
  source: KpiSource = "live",
): Promise<CountTable> {
  const monthly = source === "summary" && periods.every(isMonthAligned);
  const [customers, renewal, premium, visits, surveys, complaints, claims] = await Promise.all([
    customerCounts(scope, periods, groupBy, today, source),
    monthly ? summaryRenewal(scope, periods, groupBy) : renewalFacts(scope, periods, groupBy),
    monthly ? summaryPremium(scope, periods, groupBy) : premiumFacts(scope, periods, groupBy),
    monthly ? summaryVisits(scope, periods, groupBy) : visitFacts(scope, periods, groupBy),
    monthly ? summarySurveys(scope, periods, groupBy) : surveyFacts(scope, periods, groupBy),
    monthly ? summaryComplaints(scope, periods, groupBy) : complaintFacts(scope, periods, groupBy),
    monthly ? summaryClaims(scope, periods, groupBy) : claimFacts(scope, periods, groupBy),
  ]);
  const table: CountTable = new Map();
  const merge = <F extends keyof KpiCounts>(family: F, rows: FactRows<KpiCounts[F]>) => {
    for (const [k, byGroup] of rows) {
      const groups = table.get(k) ?? new Map<string, KpiCounts>();
      for (const [g, counts] of byGroup) {
        const current = groups.get(g) ?? structuredClone(EMPTY_COUNTS);
        current[family] = counts;
        groups.set(g, current);
      }
      table.set(k, groups);
    }
  };
  merge("customers", customers);
  merge("renewal", renewal);
  merge("premium", premium);
  merge("visits", visits);
  merge("surveys", surveys);
  merge("complaints", complaints);
  merge("claims", claims);
  return table;
}

/** The counts of one period and group (empty counts when nothing matched). */
export function countsOf(table: CountTable, periodKey: string, group = ""): KpiCounts {
  return table.get(periodKey)?.get(group) ?? structuredClone(EMPTY_COUNTS);
}
