import "server-only";
// SLA breaches and escalation (§7). The scheduled job marks breaches that have happened (the marks stay
// after closing) and moves each breached, unresolved complaint one org level up (市分公司 → 省分公司 →
// 总公司) when it is due: the first level at the breach, each further level `escalationStepHours`
// after it. Set-based SQL in one transaction, serialized by an advisory lock and conditioned on the
// level it read, so a complaint is escalated exactly once per level however often the job runs.
// The owner's lead is notified in-app; the step is an ESCALATE event in the complaint's history.
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { complaintScope } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import { refuse, refused } from "@/lib/domain/outcome";
import { escalateSchema, fieldErrorsOf } from "@/lib/validation/complaint";
import type { z } from "zod";
import zh from "@/messages/zh-CN/notifications.json";
import en from "@/messages/en/notifications.json";
import { loadSlaContext } from "./register";
import type { WorkflowOutcome } from "./workflow";

const LOCK_KEY = 7_260_501;

/** The notification text in both languages; SQL picks the recipient's and fills {no} and {org}. */
const TEMPLATES = {
  zhTitle: zh.kinds.COMPLAINT_ESCALATED.title,
  enTitle: en.kinds.COMPLAINT_ESCALATED.title,
  zhBody: zh.kinds.COMPLAINT_ESCALATED.body,
  enBody: en.kinds.COMPLAINT_ESCALATED.body,
};

export type EscalationRun = { breachesMarked: number; escalated: number };

/** The job handler: idempotent, safe to run concurrently and as often as wanted. */
export async function runComplaintEscalation(now: Date = new Date()): Promise<EscalationRun> {
  const { config } = await loadSlaContext();
  const stepSeconds = config.escalationStepHours * 3600;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
    const breachesMarked = await tx.$executeRaw`
      UPDATE "Complaint" c SET
        "responseBreached" = c."responseBreached" OR (c."firstResponseAt" IS NULL AND c."responseDueAt" < ${now}),
        "resolutionBreached" = c."resolutionBreached"
          OR (c."resolvedAt" IS NULL AND c."resolutionDueAt" < ${now}),
        "updatedAt" = ${now}
      WHERE c."closedAt" IS NULL
        AND ((NOT c."responseBreached" AND c."firstResponseAt" IS NULL AND c."responseDueAt" < ${now})
          OR (NOT c."resolutionBreached" AND c."resolvedAt" IS NULL AND c."resolutionDueAt" < ${now}))`;
    const rows = await tx.$queryRaw<{ escalated: bigint }[]>`
      WITH cand AS (
        SELECT c.id, c."complaintNo", c."ownerId", c."escalatedToId" AS prev_id,
               COALESCE(c."escalatedToId", c."orgUnitId") AS cur_id,
               (CASE o.level WHEN 'CITY' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END)
                 - (CASE cu.level WHEN 'CITY' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END) AS done,
               1 + floor(extract(epoch FROM (${now}::timestamptz - LEAST(
                 CASE WHEN c."responseBreached" THEN c."responseDueAt" END,
                 CASE WHEN c."resolutionBreached" THEN c."resolutionDueAt" END))) / ${stepSeconds}) AS due,
               cu.level AS from_level, p.id AS to_id, p.level AS to_level, p.name AS to_name, p."nameEn" AS to_name_en
          FROM "Complaint" c
          JOIN "OrgUnit" o ON o.id = c."orgUnitId"
          JOIN "OrgUnit" cu ON cu.id = COALESCE(c."escalatedToId", c."orgUnitId")
          JOIN "OrgUnit" p ON p.id = cu."parentId"
         WHERE c."closedAt" IS NULL AND c."resolvedAt" IS NULL AND (c."responseBreached" OR c."resolutionBreached")
      ),
      upd AS (
        UPDATE "Complaint" c SET "escalationLevel" = t.to_level, "escalatedToId" = t.to_id,
               "escalatedAt" = ${now}, "updatedAt" = ${now}
          FROM cand t
         WHERE c.id = t.id AND t.done < t.due AND c."escalatedToId" IS NOT DISTINCT FROM t.prev_id
        RETURNING c.id, t."complaintNo", t."ownerId", t.from_level, t.to_id, t.to_level, t.to_name, t.to_name_en
      ),
      ev AS (
        INSERT INTO "ComplaintEvent" (id, "complaintId", type, at, "byId", data)
        SELECT gen_random_uuid(), u.id, 'ESCALATE'::"ComplaintEventType", ${now}, NULL,
               jsonb_build_object('fromLevel', u.from_level, 'toLevel', u.to_level, 'toOrgUnitId', u.to_id, 'reason', 'SLA_BREACH')
          FROM upd u
      ),
      notify AS (
        INSERT INTO "Notification" (id, "userId", kind, title, body, link, "createdAt")
        SELECT gen_random_uuid(), l.id, 'COMPLAINT_ESCALATED',
               replace(replace(CASE WHEN l.locale LIKE 'en%' THEN ${TEMPLATES.enTitle} ELSE ${TEMPLATES.zhTitle} END,
                       '{no}', u."complaintNo"), '{org}', CASE WHEN l.locale LIKE 'en%' THEN u.to_name_en ELSE u.to_name END),
               CASE WHEN l.locale LIKE 'en%' THEN ${TEMPLATES.enBody} ELSE ${TEMPLATES.zhBody} END,
               '/complaints/' || u.id, ${now}
          FROM upd u
          -- The owner's lead; when the complaint has no owner (or the owner no active lead), the
          -- active service leads of the unit it escalated to, so an unowned breach is never silent.
          JOIN LATERAL (
            SELECT ld.id, ld.locale FROM "User" ow JOIN "User" ld ON ld.id = ow."leadId" AND ld.active WHERE ow.id = u."ownerId"
            UNION ALL
            SELECT ld.id, ld.locale FROM "User" ld
             WHERE ld."orgUnitId" = u.to_id AND ld.role = 'SERVICE_LEAD' AND ld.active
               AND NOT EXISTS (SELECT 1 FROM "User" ow JOIN "User" l2 ON l2.id = ow."leadId" AND l2.active WHERE ow.id = u."ownerId")
          ) l ON true
      ),
      audit AS (
        INSERT INTO "AuditLog" (at, "actorId", action, "entityType", "entityId", data)
        SELECT ${now}, NULL, 'complaint.escalate', 'Complaint', u.id::text,
               jsonb_build_object('fromLevel', u.from_level, 'toLevel', u.to_level, 'toOrgUnitId', u.to_id, 'reason', 'SLA_BREACH')
          FROM upd u
      )
      SELECT count(*) AS escalated FROM upd`;
    return { breachesMarked, escalated: Number(rows[0]?.escalated ?? 0) };
  });
}

/** SERVICE_LEAD escalates by hand, one level up from where the complaint sits. */
export async function escalateComplaint(
  actor: Actor,
  input: z.input<typeof escalateSchema>,
  now = new Date(),
): Promise<WorkflowOutcome> {
  requirePermission(actor, "complaint.assign");
  const parsed = escalateSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid", { fields: fieldErrorsOf(parsed.error) });
  return transact(async (tx) => {
    const c = await tx.complaint.findFirst({
      where: { AND: [{ id: parsed.data.complaintId }, complaintScope(actor)] },
      select: {
        id: true,
        complaintNo: true,
        status: true,
        escalatedToId: true,
        owner: { select: { lead: { select: { id: true, locale: true, active: true } } } },
        orgUnit: { select: { level: true, parent: { select: { id: true, level: true, name: true, nameEn: true } } } },
        escalatedTo: {
          select: { level: true, parent: { select: { id: true, level: true, name: true, nameEn: true } } },
        },
      },
    });
    if (!c) throw refused("notFound");
    const current = c.escalatedTo ?? c.orgUnit;
    if (c.status === "CLOSED" || !current.parent) throw refused("illegalTransition");
    const target = current.parent;
    const written = await tx.complaint.updateMany({
      where: { id: c.id, escalatedToId: c.escalatedToId, status: { not: "CLOSED" } },
      data: { escalationLevel: target.level, escalatedToId: target.id, escalatedAt: now },
    });
    if (written.count !== 1) throw refused("conflict");
    const data = { fromLevel: current.level, toLevel: target.level, toOrgUnitId: target.id, reason: "MANUAL" };
    await tx.complaintEvent.create({
      data: { complaintId: c.id, type: "ESCALATE", at: now, byId: actor.id, note: parsed.data.reason, data },
    });
    const lead = c.owner?.lead;
    if (lead && lead.active && lead.id !== actor.id) {
      const english = lead.locale.startsWith("en");
      await tx.notification.create({
        data: {
          userId: lead.id,
          kind: "COMPLAINT_ESCALATED",
          title: (english ? TEMPLATES.enTitle : TEMPLATES.zhTitle)
            .replace("{no}", c.complaintNo)
            .replace("{org}", english ? target.nameEn : target.name),
          body: english ? TEMPLATES.enBody : TEMPLATES.zhBody,
          link: `/complaints/${c.id}`,
        },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "complaint.escalate",
      entityType: "Complaint",
      entityId: c.id,
      data,
    });
  });
}
