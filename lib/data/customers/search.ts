import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CustomerKind, VipTier } from "@/lib/generated/prisma/enums";
import {
  classifySearchInput,
  planForViewer,
  type SearchField,
  type SearchPlan,
  type SearchProbe,
} from "@/lib/domain/customer-search";
import { can } from "@/lib/auth/permissions";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import { admitSearch } from "./search-guard";

export type CustomerSearchHit = {
  id: string;
  name: string;
  customerNo: string;
  kind: CustomerKind;
  vipTier: VipTier;
  /** Masked. */
  mobile: string | null;
  /** Masked. */
  idNumber: string | null;
  agentName: string | null;
  /** What the input matched; mobile and ID numbers stay masked. */
  match: { field: SearchField; value: string };
};

const POLICY_FIELDS = new Set<SearchField>(["policyNo", "vehiclePlate"]);

/** A probe as SQL on one column: =, LIKE 'x%', or LIKE/ILIKE '%x%' (pg_trgm serves the last two). */
export function textMatch(column: Prisma.Sql, probe: SearchProbe): Prisma.Sql {
  if (probe.mode === "exact") return Prisma.sql`${column} = ${probe.value}`;
  if (probe.mode === "prefix") return Prisma.sql`${column} LIKE ${`${probe.value}%`}`;
  // Codes are stored upper-case; only names need case-insensitive matching.
  return probe.field === "name"
    ? Prisma.sql`${column} ILIKE ${`%${probe.value}%`}`
    : Prisma.sql`${column} LIKE ${`%${probe.value}%`}`;
}

type HitRow = {
  id: string;
  name: string;
  customerNo: string;
  kind: CustomerKind;
  vipTier: VipTier;
  mobile: string | null;
  idNumber: string | null;
  agentName: string | null;
  policyNo: string | null;
  vehiclePlate: string | null;
};

/** Candidates read per probe: more than shown, so duplicates (several policies) and ranking have room. */
const CANDIDATES = 30;

const customerColumns = Prisma.sql`c.id, c.name, c."customerNo", c.kind::text AS kind, c."vipTier"::text AS "vipTier",
  c.mobile, c."idNumber", u.name AS "agentName"`;

/**
 * One statement per probe, in the actor's scope (customerScopeSql, the SQL twin of customerScope),
 * with the agent's name joined in. No ORDER BY on purpose: the planner then finds the first
 * candidates through the index that fits (trigram, btree, the agent's own customers) instead of
 * walking a sort index past millions of rows; the few candidates are ranked here.
 */
async function runProbe(actor: Actor, probe: SearchProbe, candidates: number): Promise<CustomerSearchHit[]> {
  const scope = customerScopeSql(actor);
  const rows = POLICY_FIELDS.has(probe.field)
    ? await db.$queryRaw<HitRow[]>`
        SELECT ${customerColumns}, p."policyNo", p."vehiclePlate"
          FROM "Policy" p
          JOIN "Customer" c ON c.id = p."customerId"
          LEFT JOIN "User" u ON u.id = c."agentId"
         WHERE ${textMatch(Prisma.sql`p.${Prisma.raw(`"${probe.field}"`)}`, probe)} AND ${scope}
         LIMIT ${candidates}`
    : await db.$queryRaw<HitRow[]>`
        SELECT ${customerColumns}, NULL AS "policyNo", NULL AS "vehiclePlate"
          FROM "Customer" c
          LEFT JOIN "User" u ON u.id = c."agentId"
         WHERE ${textMatch(Prisma.sql`c.${Prisma.raw(`"${probe.field}"`)}`, probe)} AND ${scope}
         LIMIT ${candidates}`;
  return rows.map((row) => toHit(row, probe));
}

function toHit(row: HitRow, probe: SearchProbe): CustomerSearchHit {
  const mobile = row.mobile ? maskPhone(row.mobile) : null;
  const idNumber = row.idNumber ? maskIdNumber(row.idNumber) : null;
  const value: Record<SearchField, string | null> = {
    name: row.name,
    mobile,
    idNumber,
    customerNo: row.customerNo,
    policyNo: row.policyNo,
    vehiclePlate: row.vehiclePlate,
  };
  return {
    id: row.id,
    name: row.name,
    customerNo: row.customerNo,
    kind: row.kind,
    vipTier: row.vipTier,
    mobile,
    idNumber,
    agentName: row.agentName,
    match: { field: probe.field, value: value[probe.field] ?? probe.value },
  };
}

/** Closest first: the whole value typed, then values starting with it, then shorter values. */
function rank(hits: CustomerSearchHit[], probe: SearchProbe): CustomerSearchHit[] {
  const key = (h: CustomerSearchHit) => (probe.field === "name" ? h.name : h.match.value);
  const score = (h: CustomerSearchHit) => (key(h) === probe.value ? 0 : key(h).startsWith(probe.value) ? 1 : 2);
  return [...hits].sort(
    (a, b) =>
      score(a) - score(b) ||
      key(a).length - key(b).length ||
      key(a).localeCompare(key(b)) ||
      a.customerNo.localeCompare(b.customerNo),
  );
}

/** The customers in the actor's scope that any of the probes finds, closest first, at most `limit`. */
export async function findCustomersByProbes(
  actor: Actor,
  probes: SearchProbe[],
  limit: number,
): Promise<CustomerSearchHit[]> {
  const candidates = Math.max(CANDIDATES, limit);
  const results = await Promise.all(probes.map((p) => runProbe(actor, p, candidates)));
  const seen = new Set<string>();
  const hits: CustomerSearchHit[] = [];
  for (const [i, list] of results.entries()) {
    for (const hit of rank(list, probes[i]!)) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      hits.push(hit);
    }
  }
  return hits.slice(0, limit);
}

/**
 * Finds customers in the actor's scope by name, mobile, ID number, customer number, policy number
 * or licence plate (partial input allowed). Merged records are never returned. Counted against the
 * actor's search limits (lib/data/customers/search-guard.ts): RateLimitedError when exceeded.
 */
export async function searchCustomers(actor: Actor, query: string, limit = 10): Promise<CustomerSearchHit[]> {
  requirePermission(actor, "customer.read");
  const typed = classifySearchInput(query);
  if (typed.kind === "tooShort") return [];
  // Throws RateLimitedError when the actor searches too often.
  const record = await admitSearch(actor, typed);
  const plan = planForViewer(typed, can(actor.role, "customer.reveal"));
  const hits = plan.kind === "tooShort" ? [] : await runPlan(actor, plan, Math.min(Math.max(1, Math.floor(limit)), 50));
  await record(hits.map((h) => h.id));
  return hits;
}

async function runPlan(actor: Actor, plan: Exclude<SearchPlan, { kind: "tooShort" }>, take: number) {
  if (plan.exact.length > 0) {
    const exact = await findCustomersByProbes(actor, plan.exact, take);
    if (exact.length > 0 || plan.partial.length === 0) return exact;
  }
  return findCustomersByProbes(actor, plan.partial, take);
}
