import "server-only";
// Renewal writes: the follow-up outcome (history row + latest copy on the policy), the link to the
// successor policy that makes a renewal count in the renewal rate, and the service lead's bulk
// assignment of renewals to an agent. Each write and its audit entry share one transaction.
import { z } from "zod";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { policyScope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly } from "@/lib/domain/dates";
import { sendJob } from "@/lib/queue/send";
import { renewalAssignSchema, renewalOutcomeSchema, renewalSuccessorSchema } from "@/lib/validation/renewal";
import type { FieldErrors } from "@/lib/validation/visit";
import { writeAudit } from "../../audit/write";

export type RenewalWriteResult =
  | { ok: true }
  | { ok: false; reason: "invalid"; errors: FieldErrors }
  | { ok: false; reason: "notFound" | "alreadyRenewed" | "successorNotFound" | "successorTaken" | "agentNotFound" };

const invalid = (error: z.ZodError): RenewalWriteResult => ({
  ok: false,
  reason: "invalid",
  errors: z.flattenError(error).fieldErrors as FieldErrors,
});

export async function recordRenewalOutcome(actor: Actor, raw: unknown): Promise<RenewalWriteResult> {
  requirePermission(actor, "renewal.update");
  const parsed = renewalOutcomeSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  const policy = await db.policy.findFirst({
    where: { id: input.policyId, ...policyScope(actor) },
    select: { id: true, renewalOutcome: true },
  });
  if (!policy) return { ok: false, reason: "notFound" };
  const nextContactAt = input.nextContactAt ? dateOnly(input.nextContactAt) : null;
  await db.$transaction(async (tx) => {
    const followUp = await tx.renewalFollowUp.create({
      data: { policyId: policy.id, outcome: input.outcome, note: input.note, nextContactAt, byId: actor.id },
      select: { id: true, at: true },
    });
    await tx.policy.update({
      where: { id: policy.id },
      data: { renewalOutcome: input.outcome, renewalOutcomeAt: followUp.at, renewalNextContactAt: nextContactAt },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "renewal.outcome",
      entityType: "Policy",
      entityId: policy.id,
      data: {
        from: policy.renewalOutcome,
        to: input.outcome,
        nextContactAt: input.nextContactAt,
        followUpId: followUp.id,
      },
    });
  });
  return { ok: true };
}

/**
 * Runs the link; a concurrent link of another successor to the same policy trips the unique
 * renewedFromId index, which means "already renewed", not a server error.
 */
async function linkInTransaction(
  fn: (tx: Prisma.TransactionClient) => Promise<boolean>,
): Promise<boolean | "alreadyRenewed"> {
  try {
    return await db.$transaction(fn);
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return "alreadyRenewed";
    throw e;
  }
}

/** Links the customer's new policy as the successor: the renewal now counts in the renewal rate. */
export async function linkRenewalSuccessor(actor: Actor, raw: unknown): Promise<RenewalWriteResult> {
  requirePermission(actor, "renewal.update");
  const parsed = renewalSuccessorSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const policy = await db.policy.findFirst({
    where: { id: parsed.data.policyId, ...policyScope(actor) },
    select: {
      id: true,
      policyNo: true,
      customerId: true,
      productLine: true,
      startDate: true,
      renewalOutcome: true,
      renewedBy: { select: { id: true } },
    },
  });
  if (!policy) return { ok: false, reason: "notFound" };
  if (policy.renewedBy) return { ok: false, reason: "alreadyRenewed" };
  // The successor is another policy of the same customer and product line, starting after this one
  // started, that the actor may see too (no claiming another agent's new business as one's renewal).
  const successor = await db.policy.findFirst({
    where: {
      policyNo: parsed.data.successorNo,
      customerId: policy.customerId,
      productLine: policy.productLine,
      id: { not: policy.id },
      startDate: { gt: policy.startDate },
      ...policyScope(actor),
    },
    select: { id: true, policyNo: true, renewedFromId: true },
  });
  if (!successor) return { ok: false, reason: "successorNotFound" };
  if (successor.renewedFromId) return { ok: false, reason: "successorTaken" };
  const linked = await linkInTransaction(async (tx) => {
    const { count } = await tx.policy.updateMany({
      where: { id: successor.id, renewedFromId: null },
      data: { renewedFromId: policy.id },
    });
    if (count === 0) return false;
    const followUp = await tx.renewalFollowUp.create({
      data: { policyId: policy.id, outcome: "WILL_RENEW", note: successor.policyNo, byId: actor.id },
      select: { at: true },
    });
    await tx.policy.update({
      where: { id: policy.id },
      data: { renewalOutcome: "WILL_RENEW", renewalOutcomeAt: followUp.at, renewalNextContactAt: null },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "renewal.link",
      entityType: "Policy",
      entityId: policy.id,
      data: { successorId: successor.id, successorNo: successor.policyNo, previousOutcome: policy.renewalOutcome },
    });
    return true;
  });
  if (linked === "alreadyRenewed") return { ok: false, reason: "alreadyRenewed" };
  if (!linked) return { ok: false, reason: "successorTaken" };
  // The cockpit reads summaries refreshed hourly: refresh the renewal ones now (seconds, not the full refresh).
  await sendJob("renewal-kpi-refresh", {}, "renewal-kpi-refresh");
  return { ok: true };
}

/** The renewal-rate summaries only (kpi_month_renewal and its per-unit roll-up), once they exist. */
export async function refreshRenewalSummaries(): Promise<{ refreshed: boolean }> {
  const rows = await db.$queryRaw<{ populated: boolean }[]>`
    SELECT bool_and(relispopulated) AS populated FROM pg_class
     WHERE relkind = 'm' AND relname IN ('kpi_month_renewal', 'kpi_month_renewal_org')`;
  // Never filled: the first full refresh fills them (a CONCURRENTLY refresh needs a populated view).
  if (!rows[0]?.populated) return { refreshed: false };
  await db.$executeRaw`SELECT refresh_kpi_summary('kpi_month_renewal', true)`;
  await db.$executeRaw`SELECT refresh_kpi_summary('kpi_month_renewal_org', true)`;
  return { refreshed: true };
}

/** Active agents of the lead's subtree, the only valid targets of a renewal assignment. */
export async function assignableAgents(actor: Actor) {
  requirePermission(actor, "renewal.assign");
  return db.user.findMany({
    where: { role: "AGENT", active: true, orgUnitId: { in: actor.orgUnitIds } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, channel: true },
  });
}

export async function assignRenewals(actor: Actor, raw: unknown): Promise<RenewalWriteResult & { count?: number }> {
  requirePermission(actor, "renewal.assign");
  const parsed = renewalAssignSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const ids = [...new Set(parsed.data.policyIds)];
  const agent = await db.user.findFirst({
    where: { id: parsed.data.agentId, role: "AGENT", active: true, orgUnitId: { in: actor.orgUnitIds } },
    select: { id: true },
  });
  if (!agent) return { ok: false, reason: "agentNotFound" };
  const policies = await db.policy.findMany({
    where: { id: { in: ids }, ...policyScope(actor) },
    select: { id: true, servicingAgentId: true },
  });
  // All or nothing: one id outside the lead's scope refuses the whole batch.
  if (policies.length !== ids.length) return { ok: false, reason: "notFound" };
  await db.$transaction(async (tx) => {
    await tx.policy.updateMany({ where: { id: { in: ids } }, data: { servicingAgentId: agent.id } });
    // The open pre-expiry visits of these policies move with them.
    await tx.visit.updateMany({
      where: { policyId: { in: ids }, status: "PLANNED", reason: "PRE_EXPIRY" },
      data: { assigneeId: agent.id },
    });
    // One audit row per policy (same shape as writeAudit), written in one statement.
    await tx.auditLog.createMany({
      data: policies.map((p) => ({
        actorId: actor.id,
        action: "renewal.assign",
        entityType: "Policy",
        entityId: p.id,
        data: { from: p.servicingAgentId, to: agent.id, batch: ids.length },
      })),
    });
  });
  return { ok: true, count: ids.length };
}
