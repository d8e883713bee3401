import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { customerScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { textFilterSql } from "@/lib/data/customers/text-filter";
import type { CustomerFilters } from "@/lib/validation/customer-filters";
import type { ListContext } from "./list";

// The list's filters as SQL, for one statement only: the capped count. Prisma wraps a count with
// `take` in `ORDER BY id`, which turns "are there 10,000 matches?" into a walk of the primary key
// (0.5 s on 1.1 M customers for a broad filter); without the ORDER BY the same question is a
// bitmap or sequential scan that stops at the cap. The rows themselves always come from the
// Prisma `where` (customerListWhere); tests check that both select the same customers.

const join = (parts: Prisma.Sql[]) => Prisma.join(parts, " AND ");

function anyOf(column: string, type: string, values: readonly string[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  return Prisma.sql`c.${Prisma.raw(`"${column}"`)} = ANY(${values}::${Prisma.raw(`"${type}"[]`)})`;
}

function flag(column: string, value: "yes" | "no" | undefined): Prisma.Sql | null {
  if (value === undefined) return null;
  return Prisma.sql`c.${Prisma.raw(`"${column}"`)} = ${value === "yes"}`;
}

export function customerListSql(actor: Actor, filters: CustomerFilters, ctx: ListContext): Prisma.Sql {
  const parts: (Prisma.Sql | null)[] = [
    customerScopeSql(actor),
    anyOf("kind", "CustomerKind", filters.kind),
    flag("isInsured", filters.insured),
    anyOf("channel", "Channel", filters.channel),
    flag("isOrphan", filters.orphan),
    flag("contactable", filters.contactable),
    flag("isClubMember", filters.club),
    anyOf("activity", "ActivityStatus", filters.activity),
    anyOf("lifecycleStage", "LifecycleStage", filters.lifecycle),
    anyOf("vipTier", "VipTier", filters.vip),
    anyOf("satLoyalty", "SatLoyaltyQuadrant", filters.satLoyalty),
    anyOf("abilityWill", "AbilityWillQuadrant", filters.abilityWill),
    filters.agent ? Prisma.sql`c."agentId" = ${filters.agent}::uuid` : null,
    filters.touchpoint.length > 0 ? Prisma.sql`c."touchpoints" && ${filters.touchpoint}::"Touchpoint"[]` : null,
  ];
  if (filters.tenure && ctx.tenureCutoff)
    parts.push(
      filters.tenure === "long"
        ? Prisma.sql`c."firstPurchaseAt" <= ${ctx.tenureCutoff}::date`
        : Prisma.sql`c."firstPurchaseAt" > ${ctx.tenureCutoff}::date`,
    );
  if (ctx.orgUnitIds) parts.push(Prisma.sql`c."orgUnitId" = ANY(${ctx.orgUnitIds}::uuid[])`);
  for (const tagId of filters.tag)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "CustomerTag" t WHERE t."customerId" = c.id AND t."tagId" = ${tagId}::uuid)`,
    );
  for (const [key, value] of Object.entries(filters.fields))
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "CustomerFieldValue" v JOIN "ClassificationField" f ON f.id = v."fieldId"
      WHERE v."customerId" = c.id AND f.key = ${key} AND v.value = ${value})`);
  if (ctx.text) parts.push(textFilterSql(ctx.text));
  return join(parts.filter((p): p is Prisma.Sql => p !== null));
}

/** How many customers match, counting no further than `cap + 1`. */
export async function countCustomersCapped(
  actor: Actor,
  filters: CustomerFilters,
  ctx: ListContext,
  cap: number,
): Promise<number> {
  const where = customerListSql(actor, filters, ctx);
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "Customer" c WHERE ${where} LIMIT ${cap + 1}) AS capped`;
  return Number(rows[0]?.n ?? 0);
}
