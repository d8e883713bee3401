import "server-only";
// The scoped, paginated policy list (drill-down target of the cockpit's policy KPIs).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, requirePermission, type Actor } from "@/lib/auth/actor";
import { policyScope } from "@/lib/auth/scope";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import { dateOnly } from "@/lib/domain/dates";
import { POLICY_PAGE_SIZE, type PolicyFilters } from "@/lib/validation/policy-filters";

const range = (from?: string, to?: string): Prisma.DateTimeFilter | undefined =>
  from || to ? { ...(from ? { gte: dateOnly(from) } : {}), ...(to ? { lte: dateOnly(to) } : {}) } : undefined;

/**
 * Policies are scoped by their own agent and unit (so the list matches the KPI behind it), but the
 * holder may be someone the viewer cannot open (reallocated, merged): then the holder is not named.
 */
function customerIfVisible(
  actor: Actor,
  c: { id: string; name: string; agentId: string | null; orgUnitId: string; mergedIntoId: string | null },
): { id: string; name: string } | null {
  if (c.mergedIntoId) return null;
  const visible = actor.role === "AGENT" ? c.agentId === actor.id : actor.orgUnitIds.includes(c.orgUnitId);
  return visible ? { id: c.id, name: c.name } : null;
}

export async function listPolicies(actor: Actor, f: PolicyFilters) {
  requirePermission(actor, "policy.read");
  const and: Prisma.PolicyWhereInput[] = [policyScope(actor)];
  if (f.orgUnit) {
    if (actor.role !== "AGENT" && !actor.orgUnitIds.includes(f.orgUnit)) throw new ForbiddenError("policy.read");
    and.push({ orgUnitId: { in: await orgSubtreeIds(f.orgUnit) } });
  }
  if (f.agent) and.push({ servicingAgentId: f.agent });
  const due = range(f.dueFrom, f.dueTo);
  if (due) and.push({ endDate: due });
  const start = range(f.startFrom, f.startTo);
  if (start) and.push({ startDate: start });
  if (f.renewed === "yes") and.push({ renewedBy: { isNot: null } });
  if (f.renewed === "no") and.push({ renewedBy: { is: null } });
  if (f.channel) and.push({ channel: f.channel });
  if (f.productLine) and.push({ productLine: f.productLine });
  if (f.status) and.push({ status: f.status });
  const where: Prisma.PolicyWhereInput = { AND: and };
  const sort = f.sort ?? "endDate";
  const dir = f.dir ?? (sort === "premium" ? "desc" : "asc");
  const orderBy: Prisma.PolicyOrderByWithRelationInput[] = [
    sort === "premium" ? { annualPremium: dir } : { [sort]: dir },
    { id: "asc" },
  ];
  const page = f.page ?? 1;
  const [total, rows] = await Promise.all([
    db.policy.count({ where }),
    db.policy.findMany({
      where,
      orderBy,
      skip: (page - 1) * POLICY_PAGE_SIZE,
      take: POLICY_PAGE_SIZE,
      select: {
        id: true,
        policyNo: true,
        productLine: true,
        productName: true,
        channel: true,
        annualPremium: true,
        startDate: true,
        endDate: true,
        status: true,
        renewalOutcome: true,
        customer: { select: { id: true, name: true, agentId: true, orgUnitId: true, mergedIntoId: true } },
        orgUnit: { select: { name: true, nameEn: true } },
        servicingAgent: { select: { name: true } },
        renewedBy: { select: { policyNo: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    rows: rows.map((r) => ({
      ...r,
      customer: customerIfVisible(actor, r.customer),
      annualPremium: Number(r.annualPremium),
      startDate: r.startDate.toISOString().slice(0, 10),
      endDate: r.endDate.toISOString().slice(0, 10),
    })),
  };
}
