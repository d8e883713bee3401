import "server-only";
// §4 续保名单: policies expiring on a day or in a period, scoped to the actor, filtered in the URL,
// paginated and sorted, with the outcome breakdown of the same filter for the header figures.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, requirePermission, type Actor } from "@/lib/auth/actor";
import { policyScope } from "@/lib/auth/scope";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import { renewalFigures } from "@/lib/data/renewals/figures";
import { dateOnly, shanghaiDate } from "@/lib/domain/dates";
import { maskPhone } from "@/lib/domain/identity";
import { RENEWAL_PAGE_SIZE, renewalRange, type RenewalFilters } from "@/lib/validation/renewal";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The org-unit filter's subtree (null: no filter); a unit outside the actor's own is refused. */
async function orgFilter(actor: Actor, f: RenewalFilters): Promise<string[] | null> {
  if (!f.orgUnit) return null;
  if (actor.role === "AGENT" || !actor.orgUnitIds.includes(f.orgUnit)) throw new ForbiddenError("policy.read");
  return orgSubtreeIds(f.orgUnit);
}

function renewalWhere(
  actor: Actor,
  f: RenewalFilters,
  today: string,
  orgUnitIds: string[] | null,
): Prisma.PolicyWhereInput {
  const { from, to } = renewalRange(f, today);
  const and: Prisma.PolicyWhereInput[] = [
    policyScope(actor),
    { endDate: { gte: dateOnly(from), lte: dateOnly(to) } },
    // Lapsed and surrendered policies are not up for renewal.
    { status: { in: ["IN_FORCE", "MATURED"] } },
  ];
  if (orgUnitIds) and.push({ orgUnitId: { in: orgUnitIds } });
  if (f.channel) and.push({ channel: f.channel });
  if (f.productLine) and.push({ productLine: f.productLine });
  if (f.vipTier) and.push({ customer: { vipTier: f.vipTier } });
  if (f.outcome) and.push({ renewalOutcome: f.outcome === "none" ? null : f.outcome });
  if (f.renewed === "yes") and.push({ renewedBy: { isNot: null } });
  if (f.renewed === "no") and.push({ renewedBy: { is: null } });
  return { AND: and };
}

function orderOf(f: RenewalFilters): Prisma.PolicyOrderByWithRelationInput[] {
  const sort = f.sort ?? "endDate";
  const dir = f.dir ?? (sort === "premium" || sort === "outcomeAt" ? "desc" : "asc");
  const first: Prisma.PolicyOrderByWithRelationInput =
    sort === "premium"
      ? { annualPremium: dir }
      : sort === "customer"
        ? { customer: { name: dir } }
        : sort === "outcomeAt"
          ? { renewalOutcomeAt: { sort: dir, nulls: "last" } }
          : { endDate: dir };
  return [first, { id: "asc" }];
}

export async function listRenewals(actor: Actor, f: RenewalFilters, today = shanghaiDate()) {
  requirePermission(actor, "policy.read");
  const orgUnitIds = await orgFilter(actor, f);
  const where = renewalWhere(actor, f, today, orgUnitIds);
  const page = f.page ?? 1;
  const [{ outcomes, total, renewed }, rows] = await Promise.all([
    renewalFigures(actor, f, renewalRange(f, today), orgUnitIds),
    db.policy.findMany({
      where,
      orderBy: orderOf(f),
      skip: (page - 1) * RENEWAL_PAGE_SIZE,
      take: RENEWAL_PAGE_SIZE,
      select: {
        id: true,
        policyNo: true,
        productLine: true,
        productName: true,
        channel: true,
        annualPremium: true,
        endDate: true,
        status: true,
        renewalOutcome: true,
        renewalOutcomeAt: true,
        renewalNextContactAt: true,
        customer: { select: { id: true, name: true, vipTier: true, mobile: true } },
        servicingAgent: { select: { id: true, name: true } },
        orgUnit: { select: { name: true, nameEn: true } },
        renewedBy: { select: { id: true, policyNo: true } },
      },
    }),
  ]);
  return {
    total,
    page,
    range: renewalRange(f, today),
    outcomes,
    renewed,
    rows: rows.map((r) => ({
      ...r,
      annualPremium: Number(r.annualPremium),
      endDate: iso(r.endDate)!,
      renewalNextContactAt: iso(r.renewalNextContactAt),
      renewalOutcomeAt: r.renewalOutcomeAt?.toISOString() ?? null,
      customer: { ...r.customer, mobile: r.customer.mobile ? maskPhone(r.customer.mobile) : null },
    })),
  };
}

export type RenewalRow = Awaited<ReturnType<typeof listRenewals>>["rows"][number];

/** One policy of the renewal list with its follow-up history; null when outside the actor's scope. */
export async function getRenewal(actor: Actor, policyId: string) {
  requirePermission(actor, "policy.read");
  if (!z.uuid().safeParse(policyId).success) return null;
  const p = await db.policy.findFirst({
    where: { id: policyId, ...policyScope(actor) },
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
      renewalOutcomeAt: true,
      renewalNextContactAt: true,
      customer: { select: { id: true, name: true, vipTier: true, mobile: true } },
      servicingAgent: { select: { name: true } },
      renewedBy: { select: { id: true, policyNo: true, startDate: true } },
      renewedFrom: { select: { id: true, policyNo: true } },
      renewalFollowUps: {
        orderBy: { at: "desc" },
        take: 20,
        select: { id: true, outcome: true, note: true, nextContactAt: true, at: true, by: { select: { name: true } } },
      },
    },
  });
  if (!p) return null;
  return {
    ...p,
    annualPremium: Number(p.annualPremium),
    startDate: iso(p.startDate)!,
    endDate: iso(p.endDate)!,
    renewalNextContactAt: iso(p.renewalNextContactAt),
    customer: { ...p.customer, mobile: p.customer.mobile ? maskPhone(p.customer.mobile) : null },
    renewedBy: p.renewedBy ? { ...p.renewedBy, startDate: iso(p.renewedBy.startDate)! } : null,
    renewalFollowUps: p.renewalFollowUps.map((h) => ({ ...h, nextContactAt: iso(h.nextContactAt) })),
  };
}
