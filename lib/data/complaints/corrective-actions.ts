import "server-only";
// 纠改措施: created by a lead from a complaint or from a monthly analysis, assigned to an active user
// of the lead's subtree, tracked OPEN → IN_PROGRESS → DONE / CANCELLED. Leads and managers see their
// subtree's actions; everyone sees the actions they own. Every write is audited in its transaction.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { ForbiddenError, requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { complaintScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { isOverdue, mayTransition } from "@/lib/domain/corrective-action";
import { dateOnly, shanghaiDate } from "@/lib/domain/dates";
import type { ActionListParams, CreateActionInput } from "@/lib/validation/corrective-action";

export const ACTION_PAGE_SIZE = 20;

/**
 * Done (the action's id), or refused: `owner`, `dueDate` (with the field), `source`, `orgUnit`,
 * `notFound`, `transition`, `conflict` — keys of correctiveActions.errors.
 */
export type ActionOutcome = Outcome<{ id: string }>;

/** Sees the subtree's actions (lead, manager) or only their own. */
export function actionScope(actor: Actor): Prisma.CorrectiveActionWhereInput {
  if (can(actor.role, "correctiveAction.manage") || can(actor.role, "complaint.analyse"))
    return { OR: [{ orgUnitId: { in: actor.orgUnitIds } }, { ownerId: actor.id }] };
  return { ownerId: actor.id };
}

export type ActionRow = {
  id: string;
  title: string;
  description: string | null;
  status: ActionStatus;
  dueDate: string;
  overdue: boolean;
  month: string | null;
  complaint: { id: string; complaintNo: string } | null;
  owner: { id: string; name: string };
  orgUnit: string;
  createdAt: Date;
  completedAt: Date | null;
  isOwner: boolean;
};

export async function listActions(
  actor: Actor,
  params: ActionListParams,
  opts: { locale?: string; today?: string } = {},
) {
  const today = opts.today ?? shanghaiDate();
  const where: Prisma.CorrectiveActionWhereInput = {
    AND: [
      actionScope(actor),
      params.status ? { status: params.status } : {},
      params.overdue ? { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: dateOnly(today) } } : {},
      params.mine ? { ownerId: actor.id } : {},
      params.month ? { month: params.month } : {},
    ],
  };
  const sort = params.sort ?? "dueDate";
  const dir = params.dir ?? (sort === "createdAt" ? "desc" : "asc");
  const page = params.page ?? 1;
  const [total, rows] = await Promise.all([
    db.correctiveAction.count({ where }),
    db.correctiveAction.findMany({
      where,
      // Default: open work first (enum order OPEN, IN_PROGRESS, DONE, CANCELLED), soonest due first.
      orderBy: params.sort ? [{ [sort]: dir }, { id: "asc" }] : [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * ACTION_PAGE_SIZE,
      take: ACTION_PAGE_SIZE,
      include: {
        complaint: { select: { id: true, complaintNo: true } },
        owner: { select: { id: true, name: true } },
        orgUnit: { select: { name: true, nameEn: true } },
      },
    }),
  ]);
  const out: ActionRow[] = rows.map((a) => {
    const due = a.dueDate.toISOString().slice(0, 10);
    return {
      id: a.id,
      title: a.title,
      description: a.description,
      status: a.status,
      dueDate: due,
      overdue: isOverdue(a.status, due, today),
      month: a.month,
      complaint: a.complaint,
      owner: a.owner,
      orgUnit: opts.locale === "en" ? a.orgUnit.nameEn : a.orgUnit.name,
      createdAt: a.createdAt,
      completedAt: a.completedAt,
      isOwner: a.ownerId === actor.id,
    };
  });
  return { rows: out, total, page, pageSize: ACTION_PAGE_SIZE, sort, dir };
}

const ACTION_OWNER_ROLES = ["SERVICE", "SERVICE_LEAD", "AGENT"] as const;

/** Active users of the actor's subtree who can own an action. */
export async function actionOwnerOptions(actor: Actor): Promise<{ id: string; name: string; role: string }[]> {
  requirePermission(actor, "correctiveAction.manage");
  return db.user.findMany({
    where: { active: true, orgUnitId: { in: actor.orgUnitIds }, role: { in: [...ACTION_OWNER_ROLES] } },
    select: { id: true, name: true, role: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
  });
}

/** The complaint an action is created from, if the actor may see it. */
export async function actionSourceComplaint(actor: Actor, complaintId: string) {
  requirePermission(actor, "correctiveAction.manage");
  return db.complaint.findFirst({
    where: { AND: [{ id: complaintId }, complaintScope(actor)] },
    select: { id: true, complaintNo: true, category: true, description: true, rootCause: true, orgUnitId: true },
  });
}

export async function createAction(
  actor: Actor,
  input: CreateActionInput,
  today: string = shanghaiDate(),
): Promise<ActionOutcome> {
  requirePermission(actor, "correctiveAction.manage");
  if (input.dueDate < today) return refuse("dueDate", { fields: { dueDate: "dueDate" } });
  let orgUnitId = input.orgUnitId ?? actor.orgUnitId;
  if (input.complaintId) {
    const complaint = await actionSourceComplaint(actor, input.complaintId);
    if (!complaint) return refuse("source");
    orgUnitId = actor.orgUnitIds.includes(complaint.orgUnitId) ? complaint.orgUnitId : actor.orgUnitId;
  } else if (!actor.orgUnitIds.includes(orgUnitId)) return refuse("orgUnit");
  // Owners update their action's status: never a (read-only) manager or admin.
  const owner = await db.user.findFirst({
    where: {
      id: input.ownerId,
      active: true,
      orgUnitId: { in: actor.orgUnitIds },
      role: { in: [...ACTION_OWNER_ROLES] },
    },
    select: { id: true },
  });
  if (!owner) return refuse("owner", { fields: { ownerId: "owner" } });
  return transact(async (tx) => {
    const action = await tx.correctiveAction.create({
      data: {
        complaintId: input.complaintId ?? null,
        month: input.month ?? null,
        title: input.title,
        description: input.description || null,
        orgUnitId,
        ownerId: owner.id,
        createdById: actor.id,
        dueDate: dateOnly(input.dueDate),
      },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "correctiveAction.create",
      entityType: "CorrectiveAction",
      entityId: action.id,
      data: {
        complaintId: input.complaintId ?? null,
        month: input.month ?? null,
        ownerId: owner.id,
        dueDate: input.dueDate,
        title: input.title,
      },
    });
    return { id: action.id };
  });
}

/** Moves an action to `to` if the rules allow it for this actor (the owner, or a lead of the subtree). */
export async function updateActionStatus(actor: Actor, id: string, to: ActionStatus): Promise<ActionOutcome> {
  const action = await db.correctiveAction.findFirst({ where: { AND: [{ id }, actionScope(actor)] } });
  if (!action) return refuse("notFound");
  const isManager = can(actor.role, "correctiveAction.manage") && actor.orgUnitIds.includes(action.orgUnitId);
  const isOwner = action.ownerId === actor.id;
  if (!isManager && !isOwner) throw new ForbiddenError("correctiveAction.manage");
  if (!mayTransition({ from: action.status, to, isOwner, isManager })) return refuse("transition");
  return transact(async (tx) => {
    // Guarded on the status read above: two people moving it at once cannot both win.
    const changed = await tx.correctiveAction.updateMany({
      where: { id, status: action.status },
      data: { status: to, completedAt: to === "DONE" ? new Date() : null },
    });
    if (changed.count !== 1) throw refused("conflict");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "correctiveAction.status",
      entityType: "CorrectiveAction",
      entityId: id,
      data: { from: action.status, to },
    });
    return { id };
  });
}
