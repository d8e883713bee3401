import "server-only";
// §6 visit plan generation: one set-based INSERT … SELECT … ON CONFLICT ("planKey") DO NOTHING per
// rule, so the nightly run over the whole book (1.1 M customers) is two statements and rerunning it
// creates nothing twice. The per-customer variant runs the same statements narrowed to the ids, right
// after a customer is created. The rules are those of lib/domain/visit-plan.ts, stated in SQL.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadConfig } from "@/lib/data/customers/classify";
import { shanghaiDate } from "@/lib/domain/dates";
import { isIsoDate } from "@/lib/domain/kpi-period";
import { LONG_STANDING_YEARS, preExpiryWindow } from "@/lib/domain/visit-plan";

export type PlanRun = { newCustomer: number; preExpiry: number; ms: number };

/** suggestVisitMethod in SQL over `"Customer" c` (tenure ≥ N whole years ⟺ first purchase ≤ today − N years). */
function methodSql(today: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN c."vipTier" <> 'NONE' OR c.kind <> 'INDIVIDUAL'
      OR c."firstPurchaseAt" <= (${today}::date - make_interval(years => ${LONG_STANDING_YEARS}))::date
    THEN 'ON_SITE' ELSE 'PHONE' END)::"VisitMethod"`;
}

const customerFilter = (ids: string[] | null, column: Prisma.Sql) =>
  ids ? Prisma.sql`AND ${column} = ANY(${ids}::uuid[])` : Prisma.empty;

async function planNewCustomers(today: string, withinDays: number, ids: string[] | null): Promise<number> {
  // Anchor: the first purchase, or the day the customer was registered (newCustomerAnchor).
  return db.$executeRaw`
    INSERT INTO "Visit" (id, "customerId", reason, "suggestedMethod", "dueDate", status, "assigneeId", "planKey", "createdAt")
    SELECT gen_random_uuid(), c.id, 'NEW_CUSTOMER', ${methodSql(today)},
           (x.anchor + ${withinDays}::int), 'PLANNED', u.id, 'NEW_CUSTOMER:' || c.id::text, now()
      FROM "Customer" c
      CROSS JOIN LATERAL (SELECT coalesce(c."firstPurchaseAt", (c."createdAt" AT TIME ZONE 'Asia/Shanghai')::date) AS anchor) x
      LEFT JOIN "User" u ON u.id = c."agentId" AND u.active
     WHERE c."mergedIntoId" IS NULL AND c."anonymizedAt" IS NULL
       AND x.anchor BETWEEN (${today}::date - ${withinDays}::int) AND ${today}::date
       ${customerFilter(ids, Prisma.sql`c.id`)}
    ON CONFLICT ("planKey") DO NOTHING`;
}

async function planPreExpiry(today: string, preExpiryDays: number, to: string, ids: string[] | null): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "Visit" (id, "customerId", "policyId", reason, "suggestedMethod", "dueDate", status, "assigneeId", "planKey", "createdAt")
    SELECT gen_random_uuid(), p."customerId", p.id, 'PRE_EXPIRY', ${methodSql(today)},
           greatest(p."endDate" - ${preExpiryDays}::int, ${today}::date), 'PLANNED', coalesce(s.id, a.id),
           'PRE_EXPIRY:' || p.id::text, now()
      FROM "Policy" p
      JOIN "Customer" c ON c.id = p."customerId" AND c."mergedIntoId" IS NULL AND c."anonymizedAt" IS NULL
      LEFT JOIN "User" s ON s.id = p."servicingAgentId" AND s.active
      LEFT JOIN "User" a ON a.id = c."agentId" AND a.active
     WHERE p.status = 'IN_FORCE' AND p."endDate" BETWEEN ${today}::date AND ${to}::date
       AND NOT EXISTS (SELECT 1 FROM "Policy" n WHERE n."renewedFromId" = p.id)
       ${customerFilter(ids, Prisma.sql`p."customerId"`)}
    ON CONFLICT ("planKey") DO NOTHING`;
}

/** Plans new-customer and pre-expiry visits; `customerIds` narrows the run to those customers. */
export async function generateVisitPlans(opts: { today?: string; customerIds?: string[] } = {}): Promise<PlanRun> {
  const t0 = Date.now();
  const today = opts.today ?? shanghaiDate();
  const rules = (await loadConfig(db)).visits;
  const ids = opts.customerIds ?? null;
  if (ids && ids.length === 0) return { newCustomer: 0, preExpiry: 0, ms: 0 };
  const window = preExpiryWindow(today, rules);
  const newCustomer = await planNewCustomers(today, rules.newCustomerWithinDays, ids);
  const preExpiry = await planPreExpiry(today, rules.preExpiryDays, window.to, ids);
  return { newCustomer, preExpiry, ms: Date.now() - t0 };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The queue's handler: `{ customerIds?: string[], today?: "YYYY-MM-DD" }`; junk in the payload is ignored. */
export async function runVisitPlanJob(data: Record<string, unknown>): Promise<PlanRun> {
  const ids = Array.isArray(data.customerIds)
    ? data.customerIds.filter((v): v is string => typeof v === "string" && UUID.test(v))
    : undefined;
  const today = typeof data.today === "string" && isIsoDate(data.today) ? data.today : undefined;
  return generateVisitPlans({ today, customerIds: ids });
}
