import "server-only";
// The customer list's filters, each declared ONCE: every filter yields the Prisma `where` (for the
// rows) and the SQL (for the capped count, see list-sql.ts) from the same declaration, so the two
// can never select different customers.
import type { Actor } from "@/lib/auth/actor";
import { customerScope, customerScopeSql } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly } from "@/lib/domain/dates";
import type { CustomerFilters } from "@/lib/validation/customer-filters";
import { textFilterSql, textFilterWhere, type TextFilter } from "./text-filter";

/** What the filters need from the database before they can be applied: loaded once per request. */
export type ListContext = {
  /** The latest first purchase of a long-standing customer (tenure filter only). */
  tenureCutoff: string | null;
  /** The org-unit filter's subtree, inside the actor's own (null: no org-unit filter). */
  orgUnitIds: string[] | null;
  /** The free text, resolved (null: no text, or too short to search). */
  text: TextFilter | null;
};

export type FilterPart = { where: Prisma.CustomerWhereInput; sql: Prisma.Sql };

type Column = keyof Prisma.CustomerWhereInput & string;
const column = (name: Column) => Prisma.raw(`c."${name}"`);

/** The column holds one of the chosen enum values. */
const anyOf =
  (name: Column, pgType: string) =>
  (values: readonly string[]): FilterPart | null =>
    values.length === 0
      ? null
      : {
          where: { [name]: { in: [...values] } },
          sql: Prisma.sql`${column(name)} = ANY(${[...values]}::${Prisma.raw(`"${pgType}"[]`)})`,
        };

/** A yes/no filter on a boolean column. */
const flag =
  (name: Column) =>
  (value: "yes" | "no" | undefined): FilterPart | null =>
    value === undefined
      ? null
      : { where: { [name]: value === "yes" }, sql: Prisma.sql`${column(name)} = ${value === "yes"}` };

type Filter = (filters: CustomerFilters, ctx: ListContext) => FilterPart | FilterPart[] | null;

const FILTERS: Filter[] = [
  (f) => anyOf("kind", "CustomerKind")(f.kind),
  (f) => flag("isInsured")(f.insured),
  (f) => anyOf("channel", "Channel")(f.channel),
  (f) => flag("isOrphan")(f.orphan),
  (f) => flag("contactable")(f.contactable),
  (f) => flag("isClubMember")(f.club),
  (f) => anyOf("activity", "ActivityStatus")(f.activity),
  (f) => anyOf("lifecycleStage", "LifecycleStage")(f.lifecycle),
  (f) => anyOf("vipTier", "VipTier")(f.vip),
  (f) => anyOf("satLoyalty", "SatLoyaltyQuadrant")(f.satLoyalty),
  (f) => anyOf("abilityWill", "AbilityWillQuadrant")(f.abilityWill),
  (f) => (f.agent ? { where: { agentId: f.agent }, sql: Prisma.sql`c."agentId" = ${f.agent}::uuid` } : null),
  (f) =>
    f.touchpoint.length === 0
      ? null
      : {
          where: { touchpoints: { hasSome: f.touchpoint } },
          sql: Prisma.sql`c."touchpoints" && ${f.touchpoint}::"Touchpoint"[]`,
        },
  (f, ctx) => {
    if (!f.tenure || !ctx.tenureCutoff) return null;
    const long = f.tenure === "long";
    const cutoff = dateOnly(ctx.tenureCutoff);
    return {
      where: { firstPurchaseAt: long ? { lte: cutoff } : { gt: cutoff } },
      sql: long
        ? Prisma.sql`c."firstPurchaseAt" <= ${ctx.tenureCutoff}::date`
        : Prisma.sql`c."firstPurchaseAt" > ${ctx.tenureCutoff}::date`,
    };
  },
  (_f, ctx) =>
    ctx.orgUnitIds
      ? {
          where: { orgUnitId: { in: ctx.orgUnitIds } },
          sql: Prisma.sql`c."orgUnitId" = ANY(${ctx.orgUnitIds}::uuid[])`,
        }
      : null,
  // Tags and custom fields must all match.
  (f) =>
    f.tag.map((tagId) => ({
      where: { tags: { some: { tagId } } },
      sql: Prisma.sql`EXISTS (SELECT 1 FROM "CustomerTag" t WHERE t."customerId" = c.id AND t."tagId" = ${tagId}::uuid)`,
    })),
  (f) =>
    Object.entries(f.fields).map(([key, value]) => ({
      where: { fieldValues: { some: { value, field: { key } } } },
      sql: Prisma.sql`EXISTS (SELECT 1 FROM "CustomerFieldValue" v JOIN "ClassificationField" f ON f.id = v."fieldId"
        WHERE v."customerId" = c.id AND f.key = ${key} AND v.value = ${value})`,
    })),
  (_f, ctx) => (ctx.text ? { where: textFilterWhere(ctx.text), sql: textFilterSql(ctx.text) } : null),
];

/** The actor's scope AND every filter that is set. Multi-valued filters match any of their values. */
export function customerFilterParts(actor: Actor, filters: CustomerFilters, ctx: ListContext): FilterPart[] {
  const scope: FilterPart = { where: customerScope(actor), sql: customerScopeSql(actor) };
  return [scope, ...FILTERS.flatMap((filter) => filter(filters, ctx) ?? [])];
}

/** The one `where` of the customer list and its export. */
export function customerListWhere(actor: Actor, filters: CustomerFilters, ctx: ListContext): Prisma.CustomerWhereInput {
  return { AND: customerFilterParts(actor, filters, ctx).map((p) => p.where) };
}

/** The same filters as one SQL condition over `"Customer" c`. */
export function customerListSql(actor: Actor, filters: CustomerFilters, ctx: ListContext): Prisma.Sql {
  return Prisma.join(
    customerFilterParts(actor, filters, ctx).map((p) => p.sql),
    " AND ",
  );
}
