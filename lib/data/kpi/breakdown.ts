import "server-only";
// Drill-down: one KPI for a period, broken down by org unit (rolled up to the units directly below
// the selected one), channel or agent — from the same counts as the cockpit.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { shanghaiDate } from "@/lib/domain/dates";
import { addCounts, kpiValues, type KpiCounts, type KpiId } from "@/lib/domain/kpi";
import type { Period } from "@/lib/domain/kpi-period";
import { kpiCounts } from "./counts";
import { chooseSource } from "./cockpit";
import { agentNames } from "./org-options";
import { resolveKpiScope, type KpiFilter, type KpiScope } from "./scope";

export type BreakdownRow = { key: string; label: string | null; value: number | null; counts: KpiCounts };

function addAll(a: KpiCounts, b: KpiCounts): KpiCounts {
  return {
    customers: addCounts(a.customers, b.customers),
    renewal: addCounts(a.renewal, b.renewal),
    visits: addCounts(a.visits, b.visits),
    surveys: addCounts(a.surveys, b.surveys),
    complaints: addCounts(a.complaints, b.complaints),
    claims: addCounts(a.claims, b.claims),
    premium: addCounts(a.premium, b.premium),
  };
}

/** Maps every unit of the scope to the child of the selected unit it lies under (or the unit itself). */
async function rollupMap(scope: KpiScope, locale: string) {
  const units = await db.orgUnit.findMany({
    where: { id: { in: scope.orgUnitIds ?? [] } },
    select: { id: true, parentId: true, name: true, nameEn: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const top = (id: string): string => {
    let cur = byId.get(id);
    while (cur && cur.parentId && cur.parentId !== scope.orgUnitId && byId.has(cur.parentId))
      cur = byId.get(cur.parentId);
    return cur?.id ?? id;
  };
  const name = (id: string) => {
    const u = byId.get(id);
    return u ? (locale === "en" ? u.nameEn : u.name) : null;
  };
  return { top, name };
}

export async function kpiBreakdown(
  actor: Actor,
  kpi: KpiId,
  period: Period,
  by: "org" | "channel" | "agent",
  filter: KpiFilter,
  locale: string,
  today = shanghaiDate(),
): Promise<{ scope: KpiScope; rows: BreakdownRow[] }> {
  const scope = await resolveKpiScope(actor, filter);
  const groupBy = scope.ownFigures && by === "org" ? "channel" : by;
  const { source } = await chooseSource();
  const table = await kpiCounts(scope, [period], groupBy, today, source);
  let groups = [...(table.get(period.key) ?? new Map<string, KpiCounts>()).entries()];
  let label: (key: string) => string | null = (k) => k || null;
  if (groupBy === "org") {
    const { top, name } = await rollupMap(scope, locale);
    const rolled = new Map<string, KpiCounts>();
    for (const [k, c] of groups) {
      const key = top(k);
      const prev = rolled.get(key);
      rolled.set(key, prev ? addAll(prev, c) : c);
    }
    groups = [...rolled.entries()];
    label = name;
  } else if (groupBy === "agent") {
    const names = await agentNames(actor, groups.map(([k]) => k).filter(Boolean));
    label = (k) => names.get(k) ?? null;
  }
  const rows = groups.map(([key, counts]) => ({ key, label: label(key), value: kpiValues(counts)[kpi], counts }));
  rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return { scope, rows };
}
