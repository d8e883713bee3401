import "server-only";
// The agent appraisal table: the cockpit's counts grouped by agent, scored by lib/domain/appraisal.
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { shanghaiDate } from "@/lib/domain/dates";
import { appraisalRow, sortAppraisal, type AppraisalRow, type AppraisalSort } from "@/lib/domain/appraisal";
import type { Period } from "@/lib/domain/kpi-period";
import { kpiCounts } from "./counts";
import { chooseSource } from "./cockpit";
import { resolveKpiScope } from "./scope";

export type AppraisalEntry = AppraisalRow & { agentId: string; name: string; orgUnit: string; rank: number };

export async function appraisal(
  actor: Actor,
  period: Period,
  opts: { orgUnitId?: string; sort?: AppraisalSort; dir?: "asc" | "desc"; locale: string },
  today = shanghaiDate(),
): Promise<AppraisalEntry[]> {
  requirePermission(actor, "appraisal.read");
  const scope = await resolveKpiScope(actor, { orgUnitId: opts.orgUnitId });
  const [table, agents] = await Promise.all([
    chooseSource().then(({ source }) => kpiCounts(scope, [period], "agent", today, source)),
    db.user.findMany({
      where: { role: "AGENT", orgUnitId: { in: scope.orgUnitIds ?? [] } },
      select: { id: true, name: true, orgUnit: { select: { name: true, nameEn: true } } },
    }),
  ]);
  const counts = table.get(period.key);
  const rows = agents
    .map((a) => {
      const c = counts?.get(a.id);
      return c
        ? {
            agentId: a.id,
            name: a.name,
            orgUnit: opts.locale === "en" ? a.orgUnit.nameEn : a.orgUnit.name,
            ...appraisalRow(c),
          }
        : null;
    })
    .filter((r): r is NonNullable<typeof r> => r !== null);
  const ranked = sortAppraisal(rows, "score", "desc").map((r, i) => ({ ...r, rank: i + 1 }));
  return opts.sort && opts.sort !== "score"
    ? sortAppraisal(ranked, opts.sort, opts.dir ?? "desc")
    : opts.dir === "asc"
      ? [...ranked].reverse()
      : ranked;
}
