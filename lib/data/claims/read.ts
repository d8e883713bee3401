import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { customerScope } from "@/lib/auth/scope";
import { orgAncestorIds } from "@/lib/auth/org-tree";
import type { Prisma } from "@/lib/generated/prisma/client";
import { claimProgress } from "@/lib/domain/claim-progress";
import { daysOpen, feedbackAllowed, nextStatuses } from "@/lib/domain/claim-workflow";
import { maskPhone } from "@/lib/domain/identity";
import { CHANGED_DAYS, claimSortOf, type ClaimFilters } from "@/lib/validation/claim-filters";

// §4 claim follow-up: the claims list (the service centre's queue, green channel first) and one
// claim with its steps. A claim is in scope when its claimant is: an agent sees the claims of their
// own customers, everyone else the claims of customers in their org subtree.

const DAY_MS = 86_400_000;
const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

export function claimScope(actor: Actor): Prisma.ClaimWhereInput {
  return { customer: customerScope(actor) };
}

/** Start of a Shanghai calendar day as an instant. */
const shanghaiStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

export function claimListWhere(actor: Actor, f: ClaimFilters, now: Date = new Date()): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [claimScope(actor)];
  if (f.status.length > 0) and.push({ status: { in: f.status } });
  if (f.state === "open") and.push({ status: { notIn: ["PAID", "REJECTED", "CLOSED"] } });
  if (f.state === "done") and.push({ status: { in: ["PAID", "REJECTED", "CLOSED"] } });
  if (f.green) and.push({ greenChannel: f.green === "yes" });
  if (f.handler) and.push({ handlerId: f.handler === "none" ? null : f.handler === "me" ? actor.id : f.handler });
  if (f.changed) and.push({ statusChangedAt: { gte: new Date(now.getTime() - CHANGED_DAYS[f.changed] * DAY_MS) } });
  if (f.from) and.push({ reportedAt: { gte: shanghaiStart(f.from) } });
  if (f.to) and.push({ reportedAt: { lt: new Date(shanghaiStart(f.to).getTime() + DAY_MS) } });
  if (f.q) {
    and.push({
      OR: [
        { claimNo: { startsWith: f.q.toUpperCase() } },
        { policy: { policyNo: { startsWith: f.q.toUpperCase() } } },
        { customer: { name: { contains: f.q } } },
      ],
    });
  }
  return { AND: and };
}

export function claimListOrder(f: ClaimFilters): Prisma.ClaimOrderByWithRelationInput[] {
  const { key, dir } = claimSortOf(f);
  const flip = dir === "asc" ? "desc" : "asc";
  switch (key) {
    case "priority":
      // 绿色通道 first, then the claim waiting longest.
      return [{ greenChannel: flip }, { reportedAt: dir }, { id: dir }];
    case "reported":
      return [{ reportedAt: dir }, { id: dir }];
    case "changed":
      return [{ statusChangedAt: dir }, { id: dir }];
    case "amount":
      return [{ amountClaimed: dir }, { id: dir }];
    case "claimNo":
      return [{ claimNo: dir }];
  }
}

const rowSelect = {
  id: true,
  claimNo: true,
  status: true,
  greenChannel: true,
  reportedAt: true,
  statusChangedAt: true,
  closedAt: true,
  amountClaimed: true,
  amountPaid: true,
  handler: { select: { id: true, name: true } },
  customer: { select: { id: true, name: true, vipTier: true, isClubMember: true } },
  policy: { select: { policyNo: true, productLine: true } },
} as const satisfies Prisma.ClaimSelect;

type RowData = Prisma.ClaimGetPayload<{ select: typeof rowSelect }>;

function toRow(c: RowData, now: Date) {
  return {
    id: c.id,
    claimNo: c.claimNo,
    status: c.status,
    greenChannel: c.greenChannel,
    reportedAt: c.reportedAt.toISOString(),
    statusChangedAt: c.statusChangedAt.toISOString(),
    daysOpen: daysOpen(c.reportedAt, c.closedAt, now),
    amountClaimed: num(c.amountClaimed)!,
    amountPaid: num(c.amountPaid),
    handler: c.handler,
    customer: c.customer,
    policy: c.policy,
  };
}

export type ClaimRow = ReturnType<typeof toRow>;

export async function listClaims(actor: Actor, f: ClaimFilters, now: Date = new Date()) {
  requirePermission(actor, "claim.read");
  const where = claimListWhere(actor, f, now);
  const pageSize = f.size ?? 25;
  const page = f.page ?? 1;
  const [total, rows] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      orderBy: claimListOrder(f),
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: rowSelect,
    }),
  ]);
  return { rows: rows.map((r) => toRow(r, now)), total, page, pageSize };
}

/** Who may be made a claim's handler (专人负责): active service staff of the actor's subtree. */
export async function handlerCandidates(actor: Actor, customerOrgUnitId: string) {
  requirePermission(actor, "claim.update");
  return db.user.findMany({
    where: await handlerWhere(actor, customerOrgUnitId),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, role: true },
  });
}

/**
 * Service staff of the actor's subtree who can also open the claim: their unit is the customer's
 * own or one above it (claims are scoped by their customer).
 */
export async function handlerWhere(actor: Actor, customerOrgUnitId: string): Promise<Prisma.UserWhereInput> {
  const seeing = new Set(await orgAncestorIds(customerOrgUnitId));
  return {
    active: true,
    role: { in: ["SERVICE", "SERVICE_LEAD"] },
    orgUnitId: { in: actor.orgUnitIds.filter((id) => seeing.has(id)) },
  };
}

/** Handlers offered by the list's filter: whoever handles a claim in the actor's subtree. */
export async function claimHandlerOptions(actor: Actor) {
  requirePermission(actor, "claim.read");
  if (actor.role === "AGENT") return [];
  return db.user.findMany({
    where: { role: { in: ["SERVICE", "SERVICE_LEAD"] }, orgUnitId: { in: actor.orgUnitIds } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, active: true },
  });
}

/**
 * One claim with its steps as the actor may see it, or null when it does not exist or lies outside
 * the actor's scope (indistinguishable on purpose). The claimant's phone comes back masked.
 */
export async function getClaim(actor: Actor, id: string, now: Date = new Date()) {
  requirePermission(actor, "claim.read");
  if (!z.uuid().safeParse(id).success) return null;
  const c = await db.claim.findFirst({
    where: { id, ...claimScope(actor) },
    select: {
      ...rowSelect,
      incidentDate: true,
      description: true,
      feedbackScore: true,
      feedbackNote: true,
      customer: {
        select: {
          id: true,
          customerNo: true,
          name: true,
          vipTier: true,
          isClubMember: true,
          mobile: true,
          orgUnitId: true,
          agent: { select: { name: true } },
        },
      },
      policy: { select: { policyNo: true, productLine: true, productName: true } },
      steps: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, status: true, at: true, note: true, by: { select: { name: true } } },
      },
    },
  });
  if (!c) return null;
  const steps = c.steps.map((s) => ({
    id: s.id,
    status: s.status,
    at: s.at.toISOString(),
    note: s.note,
    by: s.by?.name ?? null,
  }));
  const mayUpdate = can(actor.role, "claim.update");
  return {
    ...toRow(c, now),
    incidentDate: c.incidentDate.toISOString().slice(0, 10),
    closedAt: c.closedAt?.toISOString() ?? null,
    description: c.description,
    feedback: c.feedbackScore === null ? null : { score: c.feedbackScore, note: c.feedbackNote },
    customer: { ...c.customer, mobile: c.customer.mobile ? maskPhone(c.customer.mobile) : null },
    policy: c.policy,
    steps,
    progress: claimProgress(c.status, steps),
    canUpdate: mayUpdate,
    next: mayUpdate ? [...nextStatuses(c.status)] : [],
    canRecordFeedback: mayUpdate && c.feedbackScore === null && feedbackAllowed(c.status),
  };
}

export type ClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaim>>>;
