import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { transact, type Tx } from "@/lib/data/transaction";
import { writeAudit } from "@/lib/audit/write";
import { claimScope, handlerWhere } from "@/lib/data/claims/read";
import { recomputeClassification } from "@/lib/data/customers/classify";
import { canAdvance, feedbackAllowed, feedbackNeedsFollowUp, requiresAmountPaid } from "@/lib/domain/claim-workflow";
import { clubWindowStart, greenChannelEligible, isClubMember } from "@/lib/domain/club";
import { shanghaiDate } from "@/lib/domain/dates";
import { sendJob } from "@/lib/queue/send";
import type { AdvanceClaimInput, AssignHandlerInput, ClaimFeedbackInput } from "@/lib/validation/claim-actions";

// The claim page's writes: assign the dedicated handler (专人负责), advance the status one step with
// a note, and record the customer's feedback. Each checks claim.update and the actor's scope, and
// writes its audit entry in the same transaction; a refused write changes nothing.

export type ClaimWriteError =
  | "notFound"
  | "handlerInvalid"
  | "transition"
  | "conflict"
  | "amountRequired"
  | "amountTooHigh"
  | "noteRequired"
  | "closed"
  | "feedbackNotYet"
  | "feedbackRecorded";

export type ClaimWriteResult = Outcome;

const refusal = (reason: ClaimWriteError) => refused(reason);

export async function assignClaimHandler(actor: Actor, input: AssignHandlerInput): Promise<ClaimWriteResult> {
  requirePermission(actor, "claim.update");
  return transact(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, ...claimScope(actor) },
      select: { id: true, handlerId: true, status: true, customer: { select: { orgUnitId: true } } },
    });
    if (!claim) throw refusal("notFound");
    if (claim.status === "CLOSED") throw refusal("closed");
    const who = await handlerWhere(actor, claim.customer.orgUnitId);
    const handler = await tx.user.findFirst({ where: { id: input.handlerId, ...who }, select: { id: true } });
    if (!handler) throw refusal("handlerInvalid");
    if (claim.handlerId === handler.id) return;
    await tx.claim.update({ where: { id: claim.id }, data: { handlerId: handler.id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "claim.assignHandler",
      entityType: "Claim",
      entityId: claim.id,
      data: { from: claim.handlerId, to: handler.id },
    });
  });
}

/** 绿色通道 for the claimant as of the report: VIP, or claim-free (without this claim) with cover in force. */
async function greenChannelFor(tx: Tx, claim: { id: string; customerId: string; reportedAt: Date }): Promise<boolean> {
  const reportedOn = shanghaiDate(claim.reportedAt);
  const since = new Date(`${clubWindowStart(reportedOn)}T00:00:00+08:00`);
  const [customer, others] = await Promise.all([
    tx.customer.findUniqueOrThrow({
      where: { id: claim.customerId },
      select: { vipTier: true, _count: { select: { policies: { where: { status: "IN_FORCE" } } } } },
    }),
    tx.claim.findMany({
      where: { customerId: claim.customerId, id: { not: claim.id }, reportedAt: { gte: since, lte: claim.reportedAt } },
      select: { reportedAt: true },
    }),
  ]);
  const club = isClubMember(
    { hasPolicyInForce: customer._count.policies > 0, claimReportedOn: others.map((o) => shanghaiDate(o.reportedAt)) },
    reportedOn,
  );
  return greenChannelEligible(customer.vipTier, club);
}

export async function advanceClaim(
  actor: Actor,
  input: AdvanceClaimInput,
  now: Date = new Date(),
): Promise<ClaimWriteResult> {
  requirePermission(actor, "claim.update");
  if (!canAdvance(input.from, input.to)) return refuse("transition");
  if (requiresAmountPaid(input.to) && input.amountPaid === undefined) return refuse("amountRequired");
  if (input.to === "REJECTED" && !input.note) return refuse("noteRequired");
  const result = await transact(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, ...claimScope(actor) },
      select: {
        id: true,
        status: true,
        customerId: true,
        reportedAt: true,
        amountClaimed: true,
        handlerId: true,
        greenChannel: true,
        policy: { select: { customerId: true } },
      },
    });
    if (!claim) throw refusal("notFound");
    if (claim.status !== input.from) throw refusal("conflict");
    const paid = requiresAmountPaid(input.to) ? input.amountPaid : undefined;
    if (paid !== undefined && paid > Number(claim.amountClaimed.toString())) throw refusal("amountTooHigh");
    // Once in the green channel a claim stays there; otherwise it joins when the claimant qualifies.
    const green = claim.greenChannel || (await greenChannelFor(tx, claim));
    // Guarded on the status read: two people advancing at once cannot both move it.
    const moved = await tx.claim.updateMany({
      where: { id: claim.id, status: input.from },
      data: {
        status: input.to,
        statusChangedAt: now,
        greenChannel: green,
        // Whoever moves an unassigned claim becomes its handler (专人负责).
        ...(claim.handlerId === null && { handlerId: actor.id }),
        ...(input.to === "CLOSED" && { closedAt: now }),
        ...(paid !== undefined && { amountPaid: paid.toFixed(2) }),
      },
    });
    if (moved.count !== 1) throw refusal("conflict");
    await tx.claimStep.create({
      data: { claimId: claim.id, status: input.to, at: now, byId: actor.id, note: input.note ?? null },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "claim.advance",
      entityType: "Claim",
      entityId: claim.id,
      data: {
        from: input.from,
        to: input.to,
        note: input.note ?? null,
        ...(paid !== undefined && { amountPaid: paid }),
        ...(green !== claim.greenChannel && { greenChannel: green }),
        ...(claim.handlerId === null && { handlerId: actor.id }),
      },
    });
    // Claims paid feed the loss ratio and club membership of the claimant and the policy holder.
    if (paid !== undefined) await recomputeClassification(tx, [claim.customerId, claim.policy.customerId], now);
  });
  // §8: a survey follows the close; the job is idempotent on this key.
  if (result.ok && input.to === "CLOSED")
    await sendJob("survey-trigger", { kind: "CLAIM_CLOSED", claimId: input.claimId }, `CLAIM_CLOSED:${input.claimId}`);
  return result;
}

/** Follow-up tasks for a low feedback score are due within this many days. */
const FOLLOW_UP_DAYS = 3;

export async function recordClaimFeedback(
  actor: Actor,
  input: ClaimFeedbackInput,
  now: Date = new Date(),
): Promise<ClaimWriteResult> {
  requirePermission(actor, "claim.update");
  return transact(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, ...claimScope(actor) },
      select: {
        id: true,
        claimNo: true,
        status: true,
        feedbackScore: true,
        customer: { select: { id: true, name: true, orgUnitId: true } },
      },
    });
    if (!claim) throw refusal("notFound");
    if (!feedbackAllowed(claim.status)) throw refusal("feedbackNotYet");
    if (claim.feedbackScore !== null) throw refusal("feedbackRecorded");
    const saved = await tx.claim.updateMany({
      where: { id: claim.id, feedbackScore: null },
      data: { feedbackScore: input.score, feedbackNote: input.note ?? null },
    });
    if (saved.count !== 1) throw refusal("feedbackRecorded");
    let taskId: string | null = null;
    if (feedbackNeedsFollowUp(input.score)) {
      // Stored text, read by the service centre's task list (like the seeded tasks).
      const task = await tx.task.create({
        data: {
          kind: "CLAIM_FEEDBACK",
          title: `理赔反馈低分回访：${claim.customer.name}`,
          detail: `理赔 ${claim.claimNo} 反馈评分 ${input.score} 分${input.note ? `：${input.note}` : ""}，请联系客户了解原因`,
          customerId: claim.customer.id,
          orgUnitId: claim.customer.orgUnitId,
          dueAt: new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000),
        },
        select: { id: true },
      });
      taskId = task.id;
    }
    await writeAudit(tx, {
      actorId: actor.id,
      action: "claim.feedback",
      entityType: "Claim",
      entityId: claim.id,
      data: { score: input.score, note: input.note ?? null, taskId },
    });
  });
}
