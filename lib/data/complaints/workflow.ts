import "server-only";
// Moves a complaint through its workflow. The transition table of lib/domain decides; the write is
// conditioned on the status it read (optimistic: a concurrent step makes it a conflict, not a skip),
// records the step's form as a ComplaintEvent and an audit entry in the same transaction.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { complaintScope } from "@/lib/auth/scope";
import { can } from "@/lib/auth/permissions";
import { orgAncestorIds } from "@/lib/auth/org-tree";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { transact, type Tx } from "@/lib/data/transaction";
import { checkTransition } from "@/lib/domain/complaint-workflow";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { sendJob } from "@/lib/queue/send";
import type { z } from "zod";
import {
  assignSchema,
  commentSchema,
  fieldErrorsOf,
  stepDataSchemas,
  stepEnvelopeSchema,
  stepInput,
} from "@/lib/validation/complaint";
import { loadSlaContext } from "./register";
import { notify } from "../notifications/notifications";

/**
 * What a complaint write answers: done, or refused with `notFound`, `conflict`, `illegalTransition`,
 * `reopenWindowClosed` or `invalid` (per field). Inputs are validated here too (the server actions
 * have already), so scripts and tests may pass a form.
 */
export type WorkflowOutcome = Outcome;

/**
 * A user the complaint may be handed to: active service staff inside the actor's scope who can also
 * open it (their unit is the complaint's own or one above it).
 */
async function handlerInScope(tx: Tx, actor: Actor, userId: string, complaintOrgUnitId: string) {
  const seeing = new Set(await orgAncestorIds(complaintOrgUnitId));
  return tx.user.findFirst({
    where: {
      id: userId,
      active: true,
      role: { in: ["SERVICE", "SERVICE_LEAD"] },
      orgUnitId: { in: actor.orgUnitIds.filter((id) => seeing.has(id)) },
    },
    select: { id: true, name: true, leadId: true },
  });
}

/** A step form as posted: the envelope, and the step's fields (validated against the step it names). */
export type StepForm = z.input<typeof stepEnvelopeSchema> & Record<string, unknown>;

/** Performs one workflow step (VERIFY … CLOSE, REOPEN) with its form. */
export async function performStep(actor: Actor, input: StepForm, now = new Date()): Promise<WorkflowOutcome> {
  requirePermission(actor, "complaint.handle");
  const parsed = stepInput.safeParse(input);
  if (!parsed.success) return refuse("invalid", { fields: fieldErrorsOf(parsed.error) });
  const v = parsed.data;
  const { complaintId, step, expectedStatus, note } = v;
  // The step's own form, as the event records it (the envelope is the event's columns).
  const fields = new Set(Object.keys(stepDataSchemas[step].shape));
  const data = Object.fromEntries(Object.entries(v).filter(([k, value]) => fields.has(k) && value !== undefined));

  const result = await transact(async (tx) => {
    const c = await tx.complaint.findFirst({ where: { AND: [{ id: complaintId }, complaintScope(actor)] } });
    if (!c) throw refused("notFound");
    if (c.status !== expectedStatus) throw refused("conflict");
    const sla = await loadSlaContext(tx);
    const check = checkTransition(c.status, step, {
      closedAt: c.closedAt,
      now,
      reopenWindowDays: sla.config.reopenWindowDays,
    });
    if (!check.ok) throw refused(check.reason);

    const update: Prisma.ComplaintUncheckedUpdateManyInput = { status: check.to };
    const eventData: Record<string, unknown> = { ...data };
    if (!c.firstResponseAt && step !== "REOPEN") {
      update.firstResponseAt = now;
      if (now > c.responseDueAt) update.responseBreached = true;
    }
    switch (v.step) {
      case "REGISTER":
        update.category = v.category;
        update.severity = v.severity;
        break;
      case "TRANSFER": {
        if (v.personId) {
          const person = await handlerInScope(tx, actor, v.personId, c.orgUnitId);
          if (!person) throw refused("invalid", { fields: { personId: ["invalidOption"] } });
          // Handing the complaint over changes its owner only for those who may assign (leads);
          // for others the transfer table records the person and ownership stays as it is.
          if (can(actor.role, "complaint.assign")) update.ownerId = person.id;
          eventData.personName = person.name;
        }
        eventData.form = "投诉转接表";
        break;
      }
      case "VERIFY":
        eventData.form = "投诉情况核实表";
        break;
      case "HANDLE":
        update.resolution = v.resolution;
        update.rootCause = v.rootCause;
        // The first resolution is what the 72 h clock measures; handling a reopened case again keeps it.
        if (!c.resolvedAt) {
          update.resolvedAt = now;
          if (now > c.resolutionDueAt) update.resolutionBreached = true;
        }
        eventData.form = "投诉处理表";
        break;
      case "CLOSE":
        update.closedAt = now;
        break;
      case "REOPEN":
        update.closedAt = null;
        update.reopenCount = { increment: 1 };
        break;
    }
    // The optimistic condition: only from the status read (a concurrent step leaves count 0).
    const written = await tx.complaint.updateMany({ where: { id: c.id, status: c.status }, data: update });
    if (written.count !== 1) throw refused("conflict");
    await tx.complaintEvent.create({
      data: {
        complaintId: c.id,
        type: step,
        fromStatus: c.status,
        toStatus: check.to,
        at: now,
        byId: actor.id,
        note: note ?? null,
        data: eventData as Prisma.InputJsonValue,
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: `complaint.${step.toLowerCase()}`,
      entityType: "Complaint",
      entityId: c.id,
      data: { from: c.status, to: check.to, ...(update.ownerId ? { ownerId: update.ownerId as string } : {}) },
    });
  });
  if (result.ok && step === "CLOSE")
    await sendJob("survey-trigger", { kind: "COMPLAINT_CLOSED", complaintId }, `COMPLAINT_CLOSED:${complaintId}`);
  return result;
}

/** SERVICE_LEAD hands the complaint to a service user of their subtree; the new owner is notified. */
export async function assignComplaint(
  actor: Actor,
  input: z.input<typeof assignSchema>,
  now = new Date(),
): Promise<WorkflowOutcome> {
  requirePermission(actor, "complaint.assign");
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid", { fields: fieldErrorsOf(parsed.error) });
  const { complaintId, ownerId } = parsed.data;
  return transact(async (tx) => {
    const c = await tx.complaint.findFirst({
      where: { AND: [{ id: complaintId }, complaintScope(actor)] },
      select: { id: true, complaintNo: true, status: true, ownerId: true, orgUnitId: true },
    });
    if (!c) throw refused("notFound");
    if (c.status === "CLOSED") throw refused("illegalTransition");
    const owner = await handlerInScope(tx, actor, ownerId, c.orgUnitId);
    if (!owner) throw refused("invalid", { fields: { ownerId: ["invalidOption"] } });
    const written = await tx.complaint.updateMany({
      where: { id: c.id, status: { not: "CLOSED" } },
      data: { ownerId: owner.id },
    });
    if (written.count !== 1) throw refused("conflict");
    await tx.complaintEvent.create({
      data: {
        complaintId: c.id,
        type: "ASSIGN",
        at: now,
        byId: actor.id,
        data: { ownerId: owner.id, ownerName: owner.name, previousOwnerId: c.ownerId },
      },
    });
    if (owner.id !== actor.id)
      await notify(tx, owner.id, "COMPLAINT_ASSIGNED", { no: c.complaintNo }, `/complaints/${c.id}`);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "complaint.assign",
      entityType: "Complaint",
      entityId: c.id,
      data: { ownerId: owner.id, previousOwnerId: c.ownerId },
    });
  });
}

/** A note on the complaint's history (e.g. a call to calm the customer); no status change. */
export async function commentOnComplaint(
  actor: Actor,
  input: z.input<typeof commentSchema>,
  now = new Date(),
): Promise<WorkflowOutcome> {
  requirePermission(actor, "complaint.handle");
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) return refuse("invalid", { fields: fieldErrorsOf(parsed.error) });
  return transact(async (tx) => {
    const c = await tx.complaint.findFirst({
      where: { AND: [{ id: parsed.data.complaintId }, complaintScope(actor)] },
      select: { id: true },
    });
    if (!c) throw refused("notFound");
    await tx.complaintEvent.create({
      data: { complaintId: c.id, type: "COMMENT", at: now, byId: actor.id, note: parsed.data.note },
    });
    await writeAudit(tx, { actorId: actor.id, action: "complaint.comment", entityType: "Complaint", entityId: c.id });
  });
}
