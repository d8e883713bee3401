import "server-only";
// Yearly KPI targets per org unit (§9 five-year plan): read and set (ADMIN, MANAGER), audited.
import { db } from "@/lib/db";
import { ForbiddenError, requirePermission, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import type { Outcome } from "@/lib/domain/outcome";
import type { KpiMetric } from "@/lib/generated/prisma/enums";
import { toStored, type KpiTargetInput } from "@/lib/validation/kpi-target";

export async function readTargets(
  actor: Actor,
  orgUnitId: string,
  year: number,
): Promise<Partial<Record<KpiMetric, number>>> {
  requirePermission(actor, "kpi.target.set");
  if (!actor.orgUnitIds.includes(orgUnitId)) throw new ForbiddenError("kpi.target.set");
  const rows = await db.kpiTarget.findMany({ where: { orgUnitId, year }, select: { metric: true, value: true } });
  return Object.fromEntries(rows.map((r) => [r.metric, Number(r.value)]));
}

/**
 * Upserts the entered targets (blank = unchanged) and records one audit entry with old and new values;
 * answers how many changed. Refuses nothing: a unit outside the actor's subtree is a ForbiddenError.
 */
export async function setTargets(actor: Actor, input: KpiTargetInput): Promise<Outcome<{ saved: number }>> {
  requirePermission(actor, "kpi.target.set");
  if (!actor.orgUnitIds.includes(input.orgUnitId)) throw new ForbiddenError("kpi.target.set");
  const entries = (Object.entries(input.values) as [KpiMetric, number | undefined][]).filter(
    (e): e is [KpiMetric, number] => e[1] !== undefined,
  );
  return transact(async (tx) => {
    const before = await tx.kpiTarget.findMany({ where: { orgUnitId: input.orgUnitId, year: input.year } });
    const changes: Record<string, { from: number | null; to: number }> = {};
    for (const [metric, entered] of entries) {
      const value = toStored(metric, entered);
      const old = before.find((b) => b.metric === metric);
      if (old && Number(old.value) === value) continue;
      changes[metric] = { from: old ? Number(old.value) : null, to: value };
      await tx.kpiTarget.upsert({
        where: { year_metric_orgUnitId: { year: input.year, metric, orgUnitId: input.orgUnitId } },
        create: { year: input.year, metric, orgUnitId: input.orgUnitId, value, updatedById: actor.id },
        update: { value, updatedById: actor.id },
      });
    }
    if (Object.keys(changes).length > 0) {
      await writeAudit(tx, {
        actorId: actor.id,
        action: "kpiTarget.set",
        entityType: "KpiTarget",
        entityId: `${input.orgUnitId}:${input.year}`,
        data: { year: input.year, orgUnitId: input.orgUnitId, changes },
      });
    }
    return { saved: Object.keys(changes).length };
  });
}
