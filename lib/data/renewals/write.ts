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
import { refuse, refused, type Outcome, type Refusal } from "@/lib/domain/outcome";
import { transact } from "@/lib/data/transaction";
import { sendJob } from "@/lib/queue/send";
import { renewalAssignSchema, renewalOutcomeSchema, renewalSuccessorSchema } from "@/lib/validation/renewal";
import { writeAudit } from "../../audit/write";

/** Refusal reasons (keys of `renewals.errors`): invalid (with `fields`), notFound, alreadyRenewed,
 * successorNotFound, successorTaken, agentNotFound. */
export type RenewalWriteResult<D extends object = object> = Outcome<D>;

// The actions validate with the same schemas; lib/data checks again for any other caller.
const invalid = (error: z.ZodError): Refusal => refuse("invalid", { fields: z.flattenError(error).fieldErrors });

export async function recordRenewalOutcome(actor: Actor, raw: unknown): Promise<RenewalWriteResult> {
  requirePermission(actor, "renewal.update");
  const parsed = renewalOutcomeSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  const nextContactAt = input.nextContactAt ? dateOnly(input.nextContactAt) : null;
  return transact(async (tx) => {
    const policy = await tx.policy.findFirst({
      where: { id: input.policyId, ...policyScope(actor) },
      select: { id: true, renewalOutcome: true },
    });
    if (!policy) throw refused("notFound");
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
}

/** Links the customer's new policy as the successor: the renewal now counts in the renewal rate. */
export async function linkRenewalSuccessor(actor: Actor, raw: unknown): Promise<RenewalWriteResult> {
  requirePermission(actor, "renewal.update");
  const parsed = renewalSuccessorSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  let result: RenewalWriteResult;
  try {
    result = await transact(async (tx) => {
      const policy = await tx.policy.findFirst({
        where: { id: input.policyId, ...policyScope(actor) },
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
      if (!policy) throw refused("notFound");
      if (policy.renewedBy) throw refused("alreadyRenewed");
      // The successor is another policy of the same customer and product line, starting after this one
      // started, that the actor may see too (no claiming another agent's new business as one's renewal).
      const successor = await tx.policy.findFirst({
        where: {
          policyNo: input.successorNo,
          customerId: policy.customerId,
          productLine: policy.productLine,
          id: { not: policy.id },
          startDate: { gt: policy.startDate },
          ...policyScope(actor),
        },
        select: { id: true, policyNo: true, renewedFromId: true },
      });
      if (!successor) throw refused("successorNotFound");
      if (successor.renewedFromId) throw refused("successorTaken");
      const { count } = await tx.policy.updateMany({
        where: { id: successor.id, renewedFromId: null },
        data: { renewedFromId: policy.id },
      });
      if (count === 0) throw refused("successorTaken");
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
    });
  } catch (e) {
    // A concurrent link of another successor to the same policy trips the unique renewedFromId
    // index: that is "already renewed", not a server error.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return refuse("alreadyRenewed");
    throw e;
  }
  // The cockpit reads summaries refreshed hourly: refresh the renewal ones now (seconds, not the full refresh).
  if (result.ok) await sendJob("renewal-kpi-refresh", {}, "renewal-kpi-refresh");
  return result;
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

export async function assignRenewals(actor: Actor, raw: unknown): Promise<RenewalWriteResult<{ count: number }>> {
  requirePermission(actor, "renewal.assign");
  const parsed = renewalAssignSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  const ids = [...new Set(parsed.data.policyIds)];
  return transact(async (tx) => {
    const agent = await tx.user.findFirst({
      where: { id: parsed.data.agentId, role: "AGENT", active: true, orgUnitId: { in: actor.orgUnitIds } },
      select: { id: true },
    });
    if (!agent) throw refused("agentNotFound");
    const policies = await tx.policy.findMany({
      where: { id: { in: ids }, ...policyScope(actor) },
      select: { id: true, servicingAgentId: true },
    });
    // All or nothing: one id outside the lead's scope refuses the whole batch.
    if (policies.length !== ids.length) throw refused("notFound");
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
    return { count: ids.length };
  });
}
