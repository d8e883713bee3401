// Demo data (`npx prisma db seed` → `tsx prisma/seed.ts`, uses DATABASE_URL): wipes every table
// and refills a deterministic, realistic zh-CN branch — org, staff and demo sign-ins, ~2,000
// customers of every kind with policies, claims, complaints, visits, surveys and the rest.
import bcrypt from "bcryptjs";
import { createPrisma } from "@/lib/db";
import { DEMO_PASSWORD } from "./demo-users";
import { makeClock } from "./fake/clock";
import { referenceRows } from "./fake/bootstrap";
import { generateUnit, type Rates } from "./fake/household";
import { extraStaff } from "./fake/org";
import { planUnit, type Mix } from "./fake/planner";
import type { PolicyPlan } from "./fake/policies";
import { Rng } from "./fake/rng";
import { ArraySink, CUSTOMER_TABLES, REFERENCE_TABLES, type TableName } from "./fake/tables";
import { loadWorld, makeBooks } from "./fake/world";
import { insertAll, insertTable } from "./seed/insert";
import { allocations, auditLog, kpiTargets, monthlyActions, notifications } from "./seed/extras";
import { demoUnits, duplicates, reserveDemoAgents } from "./seed/scenarios";
import { recentClaimSteps } from "./seed/claims-recent";

const SEED = 20_260_101;
const TARGET_CUSTOMERS = 2_000;

const MIX: Mix = {
  corporate: 0.012,
  group: 0.006,
  highNetWorth: 0.05,
  prospect: 0.1,
  orphan: 0.03,
  reallocated: 0.02,
  employeesMean: 8,
};
const PLAN: PolicyPlan = { purchaseMean: 1.7 };
const RATES: Rates = {
  complaintsPerCustomer: 0.1,
  communicationsPerCustomer: 1.5,
  visits: { overdueShare: 0.6, serviceShare: 0.25, manualRate: 0.1 },
  surveys: { responses: true, claimShare: 0.7, complaintShare: 0.8, newPurchaseShare: 0.5, periodicShare: 0.1 },
  blacklistRate: 0.008,
};

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const started = performance.now();
  const db = createPrisma(url);
  const clock = makeClock();
  const rng = new Rng(SEED);

  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  if (tables.length > 0) {
    // Reloading demo data wipes the demo database, audit log included: the append-only triggers
    // are lifted for this one statement, in one transaction, by the table owner.
    await db.$transaction([
      db.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`),
      db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`),
      db.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`),
    ]);
  }

  const { names } = makeBooks(SEED);
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const reference = referenceRows(rng, names, clock, passwordHash, extraStaff(22, "agent", 3));
  await insertAll(
    db,
    reference,
    REFERENCE_TABLES.filter((t) => t !== "KpiTarget"),
  );

  const world = await loadWorld(db, clock, SEED, { customer: 0, policy: 0, claim: 0, complaint: 0, credit: 0 });
  const sink = new ArraySink();
  let customers = 0;
  const demo = demoUnits(world, rng, PLAN, MIX);
  reserveDemoAgents(world);
  for (const spec of demo) customers += generateUnit(rng, world, sink, spec, RATES).length;
  while (customers < TARGET_CUSTOMERS)
    customers += generateUnit(rng, world, sink, planUnit(rng, world, MIX, PLAN), RATES).length;
  duplicates(world, rng, sink, sink.list("Customer"), 4);

  const users = new Map(reference.list("User").map((u) => [u.username, u]));
  const orgIds = new Map(reference.list("OrgUnit").map((o) => [o.code, o.id!]));
  notifications(world, rng, sink, users);
  auditLog(world, rng, sink, users);
  monthlyActions(world, rng, sink, users);
  allocations(world, rng, sink, users);
  kpiTargets(world, rng, sink, orgIds);

  await insertTable(db, "KpiTarget", sink.list("KpiTarget"));
  const order: TableName[] = [...CUSTOMER_TABLES, "Notification", "AuditLog"];
  await insertAll(db, sink, order);
  await recentClaimSteps(db, ["agent", "agent2"], clock.now);
  await db.$executeRawUnsafe("ANALYZE");
  await db.$disconnect();

  const counts = [...REFERENCE_TABLES, ...order].map(
    (t) => [t, reference.list(t).length + sink.list(t).length] as const,
  );
  console.log("Seeded 金山 CRM demo data:");
  for (const [table, n] of counts) console.log(`  ${table.padEnd(20)} ${String(n).padStart(7)}`);
  console.log(
    `  ${"total".padEnd(20)} ${String(counts.reduce((s, [, n]) => s + n, 0)).padStart(7)}  in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
