import "server-only";
// The service centre's follow-up tasks (visit, claim-feedback and low-score follow-ups): task.read
// lists the org subtree's tasks (plus any assigned to the actor); task.update marks one done with a
// note. The note is kept in the audit entry of the completion (the Task table has no column for it)
// and read back for the listed page in one query.
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { refused, type Outcome } from "@/lib/domain/outcome";
import { transact } from "@/lib/data/transaction";
import type { TaskListParams } from "@/lib/validation/tasks";

export const TASK_PAGE_SIZE = 20;

export function taskScope(actor: Actor): Prisma.TaskWhereInput {
  return { OR: [{ orgUnitId: { in: actor.orgUnitIds } }, { assigneeId: actor.id }] };
}

export async function listTasks(actor: Actor, params: TaskListParams, now: Date = new Date()) {
  requirePermission(actor, "task.read");
  const where: Prisma.TaskWhereInput = {
    AND: [taskScope(actor), params.kind ? { kind: params.kind } : {}, params.status ? { status: params.status } : {}],
  };
  const sort = params.sort ?? "dueAt";
  const dir = params.dir ?? (sort === "dueAt" ? "asc" : "desc");
  const page = params.page ?? 1;
  const [total, rows] = await Promise.all([
    db.task.count({ where }),
    db.task.findMany({
      where,
      orderBy: [sort === "dueAt" ? { dueAt: { sort: dir, nulls: "last" } } : { createdAt: dir }, { id: "asc" }],
      skip: (page - 1) * TASK_PAGE_SIZE,
      take: TASK_PAGE_SIZE,
      include: {
        customer: { select: { id: true, name: true } },
        assignee: { select: { name: true } },
        survey: { select: { id: true, csat: true, npsScore: true } },
        visit: { select: { id: true } },
      },
    }),
  ]);
  const notes = rows.some((r) => r.status === "DONE")
    ? await db.auditLog.findMany({
        where: {
          action: "task.complete",
          entityType: "Task",
          entityId: { in: rows.filter((r) => r.status === "DONE").map((r) => r.id) },
        },
        select: { entityId: true, data: true },
      })
    : [];
  const noteOf = new Map(notes.map((n) => [n.entityId, (n.data as { note?: string } | null)?.note ?? null]));
  return {
    total,
    page,
    pageSize: TASK_PAGE_SIZE,
    sort,
    dir,
    rows: rows.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      detail: t.detail,
      status: t.status,
      customer: t.customer,
      assignee: t.assignee?.name ?? null,
      survey: t.survey
        ? {
            id: t.survey.id,
            csat: t.survey.csat === null ? null : Number(t.survey.csat.toString()),
            npsScore: t.survey.npsScore,
          }
        : null,
      visitId: t.visit?.id ?? null,
      dueAt: t.dueAt,
      overdue: t.status === "OPEN" && t.dueAt !== null && t.dueAt < now,
      completedAt: t.completedAt,
      createdAt: t.createdAt,
      note: noteOf.get(t.id) ?? null,
    })),
  };
}

/** Refusal reasons (keys of `tasks.errors`): notFound, notOpen. */
export type TaskResult = Outcome;

export async function completeTask(
  actor: Actor,
  id: string,
  note: string,
  now: Date = new Date(),
): Promise<TaskResult> {
  requirePermission(actor, "task.update");
  return transact(async (tx) => {
    const task = await tx.task.findFirst({
      where: { AND: [{ id }, taskScope(actor)] },
      select: { id: true, status: true },
    });
    if (!task) throw refused("notFound");
    const changed = await tx.task.updateMany({
      where: { id, status: "OPEN" },
      data: { status: "DONE", completedAt: now },
    });
    if (changed.count !== 1) throw refused("notOpen");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "task.complete",
      entityType: "Task",
      entityId: id,
      data: { note },
    });
  });
}
