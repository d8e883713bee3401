import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadConfig } from "@/lib/data/customers/classify";
import { resolveTextFilter } from "@/lib/data/customers/text-filter";
import { customerListWhere, type ListContext } from "@/lib/data/customers/filters";
import { countCustomersCapped } from "@/lib/data/customers/list-sql";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import { shanghaiDate } from "@/lib/domain/dates";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import { longStandingCutoff } from "@/lib/domain/tenure-cutoff";
import { sortOf, type CustomerFilters } from "@/lib/validation/customer-filters";

/**
 * Counting every match of a broad filter over 1.1 M customers costs more than the page itself, so
 * the count stops here and the list says "10,000+".
 */
export const COUNT_CAP = 10_000;

export async function loadListContext(
  actor: Actor,
  filters: CustomerFilters,
  now: Date = new Date(),
): Promise<ListContext> {
  const [config, units, text] = await Promise.all([
    filters.tenure ? loadConfig(db) : null,
    filters.orgUnit && actor.orgUnitIds.includes(filters.orgUnit) ? orgSubtreeIds(filters.orgUnit) : [],
    filters.q ? resolveTextFilter(actor, filters.q) : null,
  ]);
  // A unit outside the actor's subtree simply matches nothing.
  const allowed = new Set(actor.orgUnitIds);
  return {
    tenureCutoff: config ? longStandingCutoff(shanghaiDate(now), config.newCustomerYears) : null,
    orgUnitIds: filters.orgUnit ? units.filter((id) => allowed.has(id)) : null,
    text,
  };
}

export function customerListOrder(filters: CustomerFilters): Prisma.CustomerOrderByWithRelationInput[] {
  const { key, dir } = sortOf(filters);
  const tieBreak = { id: dir };
  switch (key) {
    case "customerNo":
      return [{ customerNo: dir }];
    case "name":
      return [{ name: dir }, tieBreak];
    case "premium":
      // The tier follows from the premium, so this is the premium order; leading with the tier
      // lets the (vipTier, annualPremium) index serve it with or without a tier filter.
      return [{ vipTier: dir }, { annualPremium: dir }, tieBreak];
    case "lastPurchase":
      // Never bought counts as the oldest purchase (matches the DESC NULLS LAST index both ways).
      return [{ lastPurchaseAt: { sort: dir, nulls: dir === "desc" ? "last" : "first" } }, tieBreak];
    case "created":
      return [{ createdAt: dir }, tieBreak];
  }
}

export const customerRowSelect = {
  id: true,
  customerNo: true,
  name: true,
  kind: true,
  mobile: true,
  idNumber: true,
  vipTier: true,
  annualPremium: true,
  isInsured: true,
  isOrphan: true,
  contactable: true,
  activity: true,
  lifecycleStage: true,
  channel: true,
  lastPurchaseAt: true,
  createdAt: true,
  agent: { select: { id: true, name: true } },
  orgUnit: { select: { id: true, name: true, nameEn: true } },
  tags: { select: { tag: { select: { id: true, name: true, nameEn: true, color: true } } } },
} as const satisfies Prisma.CustomerSelect;

type CustomerRowData = Prisma.CustomerGetPayload<{ select: typeof customerRowSelect }>;

/** A row as every viewer may see it: identifiers masked, money as a plain number of yuan. */
export function toCustomerRow(c: CustomerRowData) {
  return {
    id: c.id,
    customerNo: c.customerNo,
    name: c.name,
    kind: c.kind,
    mobile: c.mobile ? maskPhone(c.mobile) : null,
    idNumber: c.idNumber ? maskIdNumber(c.idNumber) : null,
    vipTier: c.vipTier,
    annualPremium: Number(c.annualPremium.toString()),
    isInsured: c.isInsured,
    isOrphan: c.isOrphan,
    contactable: c.contactable,
    activity: c.activity,
    lifecycleStage: c.lifecycleStage,
    channel: c.channel,
    lastPurchaseAt: c.lastPurchaseAt ? c.lastPurchaseAt.toISOString().slice(0, 10) : null,
    createdAt: c.createdAt,
    agent: c.agent,
    orgUnit: c.orgUnit,
    tags: c.tags.map((t) => t.tag),
  };
}

export type CustomerRow = ReturnType<typeof toCustomerRow>;

export type CustomerPage = {
  rows: CustomerRow[];
  /** Exact up to COUNT_CAP; `capped` when there are more. */
  total: number;
  capped: boolean;
  page: number;
  pageSize: number;
};

/** Up to this many text matches are fetched by id first and then sorted (see narrowTextMatches). */
const FEW_MATCHES = 1_000;

/**
 * With a free-text filter PostgreSQL cannot know how rare the matches are, and for a rare name it
 * walks the sort order's index through the whole subtree looking for 25 of them (0.7 s at 1.1 M). So
 * the matches are looked up first through the text's own index; when there are few, the page sorts
 * just those. Many matches keep the plain plan, which then finds a page quickly.
 */
async function narrowTextMatches(where: Prisma.CustomerWhereInput): Promise<Prisma.CustomerWhereInput> {
  const matches = await db.customer.findMany({ where, select: { id: true }, take: FEW_MATCHES + 1 });
  return matches.length > FEW_MATCHES ? where : { id: { in: matches.map((m) => m.id) } };
}

/** One page of the actor's customers matching the filters; count and page run in parallel. */
export async function listCustomers(actor: Actor, filters: CustomerFilters): Promise<CustomerPage> {
  requirePermission(actor, "customer.read");
  const ctx = await loadListContext(actor, filters);
  const filtered = customerListWhere(actor, filters, ctx);
  const where = ctx.text ? await narrowTextMatches(filtered) : filtered;
  const pageSize = filters.size ?? 25;
  const page = filters.page ?? 1;
  const [count, rows] = await Promise.all([
    countCustomersCapped(actor, filters, ctx, COUNT_CAP),
    db.customer.findMany({
      where,
      orderBy: customerListOrder(filters),
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: customerRowSelect,
    }),
  ]);
  const capped = count > COUNT_CAP;
  return { rows: rows.map(toCustomerRow), total: capped ? COUNT_CAP : count, capped, page, pageSize };
}

/** What the filter form offers: tags, custom fields, the actor's org units and (not for agents) agents. */
export async function customerFilterOptions(actor: Actor) {
  requirePermission(actor, "customer.read");
  const [tags, fields, orgUnits, agents] = await Promise.all([
    db.tag.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, nameEn: true } }),
    db.classificationField.findMany({
      where: { active: true },
      orderBy: { createdAt: "asc" },
      select: { key: true, label: true, labelEn: true, type: true, options: true },
    }),
    db.orgUnit.findMany({
      where: { id: { in: actor.orgUnitIds } },
      orderBy: { code: "asc" },
      select: { id: true, name: true, nameEn: true, level: true },
    }),
    actor.role === "AGENT"
      ? Promise.resolve([])
      : db.user.findMany({
          where: { role: "AGENT", orgUnitId: { in: actor.orgUnitIds } },
          orderBy: [{ active: "desc" }, { name: "asc" }],
          select: { id: true, name: true, active: true },
        }),
  ]);
  return { tags, fields, orgUnits, agents };
}

export type CustomerFilterOptions = Awaited<ReturnType<typeof customerFilterOptions>>;
