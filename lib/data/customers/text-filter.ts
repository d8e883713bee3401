import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { findCustomersByProbes, textMatch } from "@/lib/data/customers/search";
import { admitSearch } from "@/lib/data/customers/search-guard";
import { can } from "@/lib/auth/permissions";
import { classifySearchInput, planForViewer, type SearchProbe } from "@/lib/domain/customer-search";

// The customer list's free-text filter finds what the header search finds — all of it: a complete
// identifier (mobile, ID, plate, policy or customer number) that matches is resolved to those
// customers up front through its btree index; otherwise the fragments filter the list. Policy
// fragments sit in one EXISTS so the planner can start from the Policy indexes.

/** More customers than one complete identifier ever names (a shared family mobile, a fleet plate). */
const EXACT_LIMIT = 500;

export type TextFilter = { kind: "ids"; ids: string[] } | { kind: "probes"; probes: SearchProbe[] };

const POLICY_FIELDS = new Set(["policyNo", "vehiclePlate"]);

/**
 * null: the text is too short to search (the list ignores it and says so). Counted like a header
 * search against the actor's limits: RateLimitedError when exceeded.
 */
export async function resolveTextFilter(actor: Actor, text: string): Promise<TextFilter | null> {
  const typed = classifySearchInput(text);
  if (typed.kind === "tooShort") return null;
  const record = await admitSearch(actor, typed);
  const plan = planForViewer(typed, can(actor.role, "customer.reveal"));
  if (plan.kind === "tooShort") return null;
  if (plan.exact.length > 0) {
    const hits = await findCustomersByProbes(actor, plan.exact, EXACT_LIMIT);
    if (hits.length > 0 || plan.partial.length === 0) {
      await record(hits.map((h) => h.id));
      return { kind: "ids", ids: hits.map((h) => h.id) };
    }
  }
  await record([]);
  return { kind: "probes", probes: plan.partial };
}

function prismaText(probe: SearchProbe): Prisma.StringFilter | string {
  if (probe.mode === "exact") return probe.value;
  if (probe.mode === "prefix") return { startsWith: probe.value };
  return probe.field === "name" ? { contains: probe.value, mode: "insensitive" } : { contains: probe.value };
}

export function textFilterWhere(filter: TextFilter): Prisma.CustomerWhereInput {
  if (filter.kind === "ids") return { id: { in: filter.ids } };
  const own = filter.probes.filter((p) => !POLICY_FIELDS.has(p.field)).map((p) => ({ [p.field]: prismaText(p) }));
  const policy = filter.probes
    .filter((p) => POLICY_FIELDS.has(p.field))
    .map((p): Prisma.PolicyWhereInput => ({ [p.field]: prismaText(p) }));
  const any: Prisma.CustomerWhereInput[] = [
    ...own,
    ...(policy.length > 0 ? [{ policies: { some: { OR: policy } } }] : []),
  ];
  return any.length === 1 ? any[0]! : { OR: any };
}

/** textFilterWhere as SQL on `"Customer" c` (for the capped count). */
export function textFilterSql(filter: TextFilter): Prisma.Sql {
  if (filter.kind === "ids") return Prisma.sql`c.id = ANY(${filter.ids}::uuid[])`;
  const column = (alias: string, field: string) => Prisma.raw(`${alias}."${field}"`);
  const own = filter.probes
    .filter((p) => !POLICY_FIELDS.has(p.field))
    .map((p) => textMatch(Prisma.sql`${column("c", p.field)}`, p));
  const policy = filter.probes
    .filter((p) => POLICY_FIELDS.has(p.field))
    .map((p) => textMatch(Prisma.sql`${column("p", p.field)}`, p));
  const any = [
    ...own,
    ...(policy.length > 0
      ? [Prisma.sql`EXISTS (SELECT 1 FROM "Policy" p WHERE p."customerId" = c.id AND (${Prisma.join(policy, " OR ")}))`]
      : []),
  ];
  return Prisma.sql`(${Prisma.join(any, " OR ")})`;
}
