import "server-only";
// The renewal list's header figures (count per outcome and how many were renewed) in one statement.
// It states the same filter as renewalWhere in renewals.ts, in SQL, because the successor check must
// be a per-row probe of the unique renewedFromId index: as a Prisma relation filter the planner
// joins all 2.7 M policies to find the few thousand of a branch's quarter (0.3–0.6 s at 1.1 M
// customers). tests/integration/visits-renewals.test.ts checks both count the same policies.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { RenewalFilters } from "@/lib/validation/renewal";

export type RenewalOutcomes = { WILL_RENEW: number; WONT_RENEW: number; CONSIDERING: number; none: number };

export async function renewalFigures(
  actor: Actor,
  f: RenewalFilters,
  range: { from: string; to: string },
  orgUnitIds: string[] | null,
): Promise<{ outcomes: RenewalOutcomes; total: number; renewed: number }> {
  const and: Prisma.Sql[] = [
    actor.role === "AGENT"
      ? Prisma.sql`p."servicingAgentId" = ${actor.id}::uuid`
      : Prisma.sql`p."orgUnitId" = ANY(${actor.orgUnitIds}::uuid[])`,
    Prisma.sql`p."endDate" BETWEEN ${range.from}::date AND ${range.to}::date`,
    Prisma.sql`p.status IN ('IN_FORCE', 'MATURED')`,
  ];
  const successor = Prisma.sql`EXISTS (SELECT 1 FROM "Policy" n WHERE n."renewedFromId" = p.id)`;
  if (orgUnitIds) and.push(Prisma.sql`p."orgUnitId" = ANY(${orgUnitIds}::uuid[])`);
  if (f.channel) and.push(Prisma.sql`p.channel = ${f.channel}::"Channel"`);
  if (f.productLine) and.push(Prisma.sql`p."productLine" = ${f.productLine}::"ProductLine"`);
  if (f.vipTier)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Customer" c WHERE c.id = p."customerId" AND c."vipTier" = ${f.vipTier}::"VipTier")`,
    );
  if (f.outcome === "none") and.push(Prisma.sql`p."renewalOutcome" IS NULL`);
  else if (f.outcome) and.push(Prisma.sql`p."renewalOutcome" = ${f.outcome}::"RenewalOutcome"`);
  if (f.renewed === "yes") and.push(successor);
  if (f.renewed === "no") and.push(Prisma.sql`NOT ${successor}`);
  const rows = await db.$queryRaw<{ outcome: keyof RenewalOutcomes | null; n: number; renewed: number }[]>`
    SELECT p."renewalOutcome"::text AS outcome, count(*)::int AS n, count(*) FILTER (WHERE ${successor})::int AS renewed
      FROM "Policy" p WHERE ${Prisma.join(and, " AND ")}
     GROUP BY 1`;
  const outcomes: RenewalOutcomes = { WILL_RENEW: 0, WONT_RENEW: 0, CONSIDERING: 0, none: 0 };
  let total = 0;
  let renewed = 0;
  for (const r of rows) {
    outcomes[r.outcome ?? "none"] = r.n;
    total += r.n;
    renewed += r.renewed;
  }
  return { outcomes, total, renewed };
}
