// Scope filters: merged into every Prisma `where`, so a record outside the actor's scope is simply
// not found (an agent never sees another agent's customer, even by guessing an id).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";

/** AGENT: customers allocated to them. Everyone else: customers of their org subtree. */
export function customerScope(actor: Actor): Prisma.CustomerWhereInput {
  const live: Prisma.CustomerWhereInput = { mergedIntoId: null };
  if (actor.role === "AGENT") return { ...live, agentId: actor.id };
  return { ...live, orgUnitId: { in: actor.orgUnitIds } };
}

/**
 * customerScope as a SQL condition on `"Customer" c`, for the few hand-written queries (the list's
 * capped count). Must say exactly what customerScope says; tests/integration/customer-search-list
 * checks that both select the same customers.
 */
export function customerScopeSql(actor: Actor): Prisma.Sql {
  if (actor.role === "AGENT") return Prisma.sql`c."mergedIntoId" IS NULL AND c."agentId" = ${actor.id}::uuid`;
  return Prisma.sql`c."mergedIntoId" IS NULL AND c."orgUnitId" = ANY(${actor.orgUnitIds}::uuid[])`;
}

/** Policies: an agent sees the policies they service; others their subtree's policies. */
export function policyScope(actor: Actor): Prisma.PolicyWhereInput {
  if (actor.role === "AGENT") return { servicingAgentId: actor.id };
  return { orgUnitId: { in: actor.orgUnitIds } };
}

export function complaintScope(actor: Actor): Prisma.ComplaintWhereInput {
  if (actor.role === "AGENT") return { customer: { agentId: actor.id } };
  return { OR: [{ orgUnitId: { in: actor.orgUnitIds } }, { escalatedToId: { in: actor.orgUnitIds } }] };
}

export function visitScope(actor: Actor): Prisma.VisitWhereInput {
  if (actor.role === "AGENT") return { assigneeId: actor.id };
  return { customer: { orgUnitId: { in: actor.orgUnitIds }, mergedIntoId: null } };
}
