import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { complaintScope, customerScope, policyScope } from "@/lib/auth/scope";
import { shanghaiDate } from "@/lib/domain/dates";

// Headline counts for the service, manager and admin home pages (the agent's is lib/data/today.ts),
// all scoped to the actor and counted in SQL.

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
