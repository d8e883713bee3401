import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { complaintScope, customerScope, policyScope, visitScope } from "@/lib/auth/scope";
import { addDays, dateOnly, shanghaiDate } from "@/lib/domain/dates";

// Headline counts for each role's home page, all scoped to the actor and counted in SQL.

export async function agentHome(actor: Actor) {
  requirePermission(actor, "customer.read");
  const today = shanghaiDate();
  const expiring = {
    ...policyScope(actor),
    status: "IN_FORCE" as const,
    endDate: { gte: dateOnly(today), lte: dateOnly(addDays(today, 30)) },
  };
  const planned = { ...visitScope(actor), status: "PLANNED" as const };
  const [customers, policies, expiring30, noOutcome, visitsDue, visitsOverdue] = await Promise.all([
    db.customer.count({ where: customerScope(actor) }),
    db.policy.count({ where: { ...policyScope(actor), status: "IN_FORCE" } }),
    db.policy.count({ where: expiring }),
    db.policy.count({ where: { ...expiring, renewalOutcome: null } }),
    db.visit.count({ where: { ...planned, dueDate: { gte: dateOnly(today), lte: dateOnly(addDays(today, 7)) } } }),
    db.visit.count({ where: { ...planned, dueDate: { lt: dateOnly(today) } } }),
  ]);
  return { customers, policies, expiring30, noOutcome, visitsDue, visitsOverdue };
}

export async function serviceHome(actor: Actor) {
  requirePermission(actor, "complaint.read");
  const open = { ...complaintScope(actor), status: { not: "CLOSED" as const } };
  const now = new Date();
  const [openComplaints, breached, pendingSurveys, openTasks, orphans] = await Promise.all([
    db.complaint.count({ where: open }),
    db.complaint.count({
      where: {
        AND: [
          open,
          { OR: [{ resolutionBreached: true }, { responseBreached: true }, { resolutionDueAt: { lt: now } }] },
        ],
      },
    }),
    db.survey.count({ where: { status: "PENDING", customer: customerScope(actor) } }),
    db.task.count({ where: { status: "OPEN", orgUnitId: { in: actor.orgUnitIds } } }),
    actor.role === "SERVICE_LEAD"
      ? db.customer.count({ where: { ...customerScope(actor), isOrphan: true } })
      : Promise.resolve(null),
  ]);
  return { openComplaints, breached, pendingSurveys, openTasks, orphans };
}

export async function managerHome(actor: Actor) {
  requirePermission(actor, "kpi.read");
  const scope = customerScope(actor);
  const [insured, inForce, premium, openComplaints, dormant] = await Promise.all([
    db.customer.count({ where: { ...scope, isInsured: true } }),
    db.policy.count({ where: { ...policyScope(actor), status: "IN_FORCE" } }),
    db.policy.aggregate({ where: { ...policyScope(actor), status: "IN_FORCE" }, _sum: { annualPremium: true } }),
    db.complaint.count({ where: { ...complaintScope(actor), status: { not: "CLOSED" } } }),
    db.customer.count({ where: { ...scope, activity: "DORMANT" } }),
  ]);
  return {
    insured,
    inForce,
    annualPremium: premium._sum.annualPremium?.toNumber() ?? 0,
    openComplaints,
    dormant,
  };
}

export async function adminHome(actor: Actor) {
  requirePermission(actor, "admin.users");
  const inScope = { orgUnitId: { in: actor.orgUnitIds } };
  const startOfToday = new Date(`${shanghaiDate()}T00:00:00+08:00`);
  const [activeUsers, inactiveUsers, orgUnits, auditToday] = await Promise.all([
    db.user.count({ where: { ...inScope, active: true } }),
    db.user.count({ where: { ...inScope, active: false } }),
    db.orgUnit.count({ where: { id: { in: actor.orgUnitIds } } }),
    db.auditLog.count({ where: { at: { gte: startOfToday } } }),
  ]);
  return { activeUsers, inactiveUsers, orgUnits, auditToday };
}

export async function orgUnitName(orgUnitId: string, locale: string): Promise<string> {
  const unit = await db.orgUnit.findUnique({ where: { id: orgUnitId }, select: { name: true, nameEn: true } });
  return (locale.startsWith("zh") ? unit?.name : unit?.nameEn) ?? "";
}
