import "server-only";
// §6 visits: the actor's plan items (/visits and the Today page) and logging a visit, which closes the
// plan item, stamps the customer's last contact, plans the next step and — on a low score — opens a
// follow-up task for the service centre, all with one audit entry in one transaction.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { visitScope } from "@/lib/auth/scope";
import { addDays, dateOnly, shanghaiDate } from "@/lib/domain/dates";
import { maskPhone } from "@/lib/domain/identity";
import type { ContactGuard } from "@/lib/domain/contact-guard";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { needsLowScoreFollowUp } from "@/lib/domain/visit-plan";
import { VISIT_PAGE_SIZE, visitLogSchema, type VisitFilters } from "@/lib/validation/visit";
import { transact } from "@/lib/data/transaction";
import { writeAudit } from "../../audit/write";
import { loadContactGuard } from "./contact-guard";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function periodWhere(period: VisitFilters["period"], today: string): Prisma.VisitWhereInput {
  switch (period) {
    case "overdue":
      return { status: "PLANNED", dueDate: { lt: dateOnly(today) } };
    case "today":
      return { dueDate: dateOnly(today) };
    case "week":
      return { dueDate: { gte: dateOnly(today), lte: dateOnly(addDays(today, 7)) } };
    case "month":
      return { dueDate: { gte: dateOnly(today), lte: dateOnly(addDays(today, 30)) } };
    default:
      return {};
  }
}

/** The actor's visits: planned items by default, overdue first. */
export async function listVisits(actor: Actor, f: VisitFilters, today = shanghaiDate()) {
  requirePermission(actor, "visit.read");
  const status = f.status ?? "PLANNED";
  const who: Prisma.VisitWhereInput =
    f.who === "mine" ? { assigneeId: actor.id } : f.who === "unassigned" ? { assigneeId: null } : {};
  const where: Prisma.VisitWhereInput = { AND: [visitScope(actor), who, { status }, periodWhere(f.period, today)] };
  const sort = f.sort ?? (status === "DONE" ? "doneAt" : "dueDate");
  const dir = f.dir ?? (sort === "doneAt" ? "desc" : "asc");
  const orderBy: Prisma.VisitOrderByWithRelationInput[] = [
    sort === "customer" ? { customer: { name: dir } } : sort === "doneAt" ? { doneAt: dir } : { dueDate: dir },
    { id: "asc" },
  ];
  const page = f.page ?? 1;
  const [total, rows] = await Promise.all([
    db.visit.count({ where }),
    db.visit.findMany({
      where,
      orderBy,
      skip: (page - 1) * VISIT_PAGE_SIZE,
      take: VISIT_PAGE_SIZE,
      select: {
        id: true,
        reason: true,
        suggestedMethod: true,
        dueDate: true,
        status: true,
        doneAt: true,
        method: true,
        overallEvaluation: true,
        customer: { select: { id: true, name: true, mobile: true, vipTier: true } },
        policy: { select: { policyNo: true, endDate: true, productLine: true } },
        assignee: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    status,
    rows: rows.map((r) => ({
      ...r,
      dueDate: iso(r.dueDate)!,
      customer: { ...r.customer, mobile: r.customer.mobile ? maskPhone(r.customer.mobile) : null },
      policy: r.policy ? { ...r.policy, endDate: iso(r.policy.endDate)! } : null,
    })),
  };
}

export type VisitListRow = Awaited<ReturnType<typeof listVisits>>["rows"][number];

/** One plan item in the actor's scope for the log form, with the contact guard; null if not theirs. */
export async function getVisitForLog(actor: Actor, id: string, now = new Date()) {
  requirePermission(actor, "visit.log");
  if (!z.uuid().safeParse(id).success) return null;
  const visit = await db.visit.findFirst({
    where: { id, ...visitScope(actor) },
    select: {
      id: true,
      reason: true,
      suggestedMethod: true,
      dueDate: true,
      status: true,
      doneAt: true,
      customerId: true,
      customer: { select: { id: true, name: true, mobile: true, vipTier: true, claimsLast12m: true } },
      policy: { select: { policyNo: true, productName: true, endDate: true } },
    },
  });
  if (!visit) return null;
  const guard = await loadContactGuard(db, visit.customerId, now);
  return {
    ...visit,
    dueDate: iso(visit.dueDate)!,
    customer: { ...visit.customer, mobile: visit.customer.mobile ? maskPhone(visit.customer.mobile) : null },
    policy: visit.policy ? { ...visit.policy, endDate: iso(visit.policy.endDate)! } : null,
    guard,
  };
}

/** Refusal reasons (keys of `visits.errors`): invalid (with `fields`), notFound, alreadyDone, and
 * contacts — the contact-frequency guard tripped; `extra` is the guard, for the form to show. */
export type LogResult = Outcome<{ visitId: string; customerId: string; taskId: string | null }, ContactGuard>;

/** When the visit happened: now for today, else midday of the given day in Asia/Shanghai. */
function doneAtOf(visitedOn: string, now: Date): Date {
  return visitedOn === shanghaiDate(now) ? now : new Date(`${visitedOn}T12:00:00+08:00`);
}

export async function logVisit(actor: Actor, raw: unknown, now = new Date()): Promise<LogResult> {
  requirePermission(actor, "visit.log");
  // The action validates with the same schema; checked again here for any other caller.
  const parsed = visitLogSchema.safeParse(raw);
  if (!parsed.success) return refuse("invalid", { fields: z.flattenError(parsed.error).fieldErrors });
  const input = parsed.data;
  const doneAt = doneAtOf(input.visitedOn, now);
  const lowScore = needsLowScoreFollowUp(input);
  return transact<{ visitId: string; customerId: string; taskId: string | null }, ContactGuard>(async (tx) => {
    const visit = await tx.visit.findFirst({
      where: { id: input.visitId, ...visitScope(actor) },
      select: { id: true, status: true, customerId: true, customer: { select: { name: true, orgUnitId: true } } },
    });
    if (!visit) throw refused("notFound");
    if (visit.status !== "PLANNED") throw refused("alreadyDone");
    if (!input.confirmContacts) {
      const guard = await loadContactGuard(tx, visit.customerId, now);
      if (guard.warn)
        throw refused<ContactGuard>("contacts", { params: { count: guard.count, limit: guard.limit }, extra: guard });
    }
    // Only an item still planned closes: a double submit or a colleague's log wins once.
    const { count } = await tx.visit.updateMany({
      where: { id: visit.id, status: "PLANNED", ...visitScope(actor) },
      data: {
        status: "DONE",
        doneAt,
        doneById: actor.id,
        method: input.method,
        productUsage: input.productUsage,
        claimSatisfaction: input.claimSatisfaction,
        overallEvaluation: input.overallEvaluation,
        notes: input.notes,
        nextStep: input.nextStep,
        nextStepAt: input.nextStepAt ? dateOnly(input.nextStepAt) : null,
      },
    });
    if (count === 0) throw refused("alreadyDone");
    await tx.$executeRaw`UPDATE "Customer" SET "lastContactAt" = greatest(coalesce("lastContactAt", ${doneAt}), ${doneAt}) WHERE id = ${visit.customerId}::uuid`;
    const task = lowScore
      ? await tx.task.create({
          data: {
            kind: "LOW_SCORE_FOLLOW_UP",
            title: `回访低分跟进 · ${visit.customer.name}`,
            detail: `overall=${input.overallEvaluation} claim=${input.claimSatisfaction ?? "-"}${input.notes ? ` · ${input.notes.slice(0, 200)}` : ""}`,
            customerId: visit.customerId,
            orgUnitId: visit.customer.orgUnitId,
            visitId: visit.id,
            dueAt: new Date(now.getTime() + 48 * 3_600_000),
          },
          select: { id: true },
        })
      : null;
    const next =
      input.nextStep && input.nextStepAt
        ? await tx.visit.create({
            data: {
              customerId: visit.customerId,
              reason: "FOLLOW_UP",
              suggestedMethod: input.method,
              dueDate: dateOnly(input.nextStepAt),
              assigneeId: actor.id,
              planKey: `NEXT_STEP:${visit.id}`,
              notes: input.nextStep,
            },
            select: { id: true },
          })
        : null;
    await writeAudit(tx, {
      actorId: actor.id,
      action: "visit.log",
      entityType: "Visit",
      entityId: visit.id,
      data: {
        customerId: visit.customerId,
        method: input.method,
        visitedOn: input.visitedOn,
        claimSatisfaction: input.claimSatisfaction,
        overallEvaluation: input.overallEvaluation,
        followUpTaskId: task?.id ?? null,
        nextVisitId: next?.id ?? null,
        contactsConfirmed: input.confirmContacts,
      },
    });
    return { visitId: visit.id, customerId: visit.customerId, taskId: task?.id ?? null };
  });
}
