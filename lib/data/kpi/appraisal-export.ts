import "server-only";
// The appraisal as a file: the same rows as the page, audited (appraisal.export) before any byte leaves.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write";
import type { Period } from "@/lib/domain/kpi-period";
import { appraisal, type AppraisalEntry } from "./appraisal";

export async function exportAppraisal(
  actor: Actor,
  period: Period,
  opts: { orgUnitId?: string; locale: string },
): Promise<AppraisalEntry[]> {
  const rows = await appraisal(actor, period, opts);
  await writeAudit(db, {
    actorId: actor.id,
    action: "appraisal.export",
    entityType: "Appraisal",
    entityId: period.key,
    data: { period: period.key, orgUnitId: opts.orgUnitId ?? actor.orgUnitId, rows: rows.length },
  });
  return rows;
}
