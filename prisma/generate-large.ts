// Branch-scale data: `npm run db:generate -- --customers 1100000` fills DATABASE_URL with N
// customers and their policies, claims, complaints, visits, surveys … streamed through COPY.
// Reuses the seed's org and users when present (else creates them) and adds staff for the size.
import pg from "pg";
import { createPrisma } from "@/lib/db";
import { makeClock } from "./fake/clock";
import { generateUnit } from "./fake/household";
import { planUnit } from "./fake/planner";
import { Rng } from "./fake/rng";
import { CUSTOMER_TABLES } from "./fake/tables";
import { loadWorld, makeBooks } from "./fake/world";
import { CopySink } from "./large/copy";
import { dropAll, readDefinitions, repairInterrupted, restoreAll, stateFile } from "./large/indexes";
import { MIX, PLAN, parseOptions, rates } from "./large/options";
import { ensureReference, refreshKpiTargets, sequenceStart, truncateCustomerData } from "./large/setup";

const log = (s: string) => console.log(`[generate] ${s}`);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const seconds = (since: number) => (performance.now() - since) / 1000;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const started = performance.now();
  const db = createPrisma(url);
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const file = stateFile(admin.database ?? "db");
  await repairInterrupted(url, file, log);

  // A salt keeps the generator's stream apart from the seed's, so ids never collide when appending.
  const rng = new Rng((options.seed * 0x9e3779b1) ^ 0x5eed1a);
  const clock = makeClock();
  if (options.truncate) {
    await truncateCustomerData(admin);
    log("customer data truncated");
  }
  const { names } = makeBooks(options.seed);
  // Staff get their own stream, so the customers of a seed do not depend on what was there before.
  await ensureReference(db, new Rng(options.seed ^ 0x57aff), names, clock, options.customers, log);
  const world = await loadWorld(db, clock, options.seed, await sequenceStart(admin));
  // Foreign keys always go: parallel COPY streams cannot see each other's uncommitted rows.
  const all = await readDefinitions(admin, CUSTOMER_TABLES);
  const defs = options.keepIndexes ? { ...all, primaryKeys: [], indexes: [] } : all;
  await dropAll(admin, defs, file);
  log(
    `dropped ${defs.primaryKeys.length} primary keys, ${defs.indexes.length} indexes and ${defs.foreignKeys.length} foreign keys for the load`,
  );

  const sink = await CopySink.open(url, CUSTOMER_TABLES);
  const r = rates(options);
  const loadStart = performance.now();
  let customers = 0;
  let lastReport = loadStart;
  let lastRows = 0;
  let lastCounts = sink.counts();
  let reports = 0;
  const totalRows = () => [...sink.counts().values()].reduce((s, n) => s + n, 0);
  while (customers < options.customers) {
    for (let i = 0; i < options.batch && customers < options.customers; i++)
      customers += generateUnit(rng, world, sink, planUnit(rng, world, MIX, PLAN), r).length;
    await sink.flush();
    const now = performance.now();
    if (now - lastReport > 3000) {
      const rows = totalRows();
      const rate = (rows - lastRows) / ((now - lastReport) / 1000);
      const eta = ((options.customers - customers) / customers) * seconds(loadStart);
      log(
        `${fmt(customers)}/${fmt(options.customers)} customers (${((100 * customers) / options.customers).toFixed(1)}%) · ${fmt(rows)} rows · ${fmt(rate)} rows/s · ETA ${fmt(eta)} s`,
      );
      // Every fourth report: the rate of each large table over the interval.
      const counts = sink.counts();
      if (++reports % 4 === 0) {
        const perTable = [...counts]
          .filter(([, n]) => n > rows / 50)
          .map(([t, n]) => `${t} ${fmt(((n - (lastCounts.get(t) ?? 0)) * 1000) / (now - lastReport))}/s`);
        log(`  ${perTable.join(" · ")}`);
      }
      [lastReport, lastRows, lastCounts] = [now, rows, counts];
    }
  }
  await sink.close();
  const loadSeconds = seconds(loadStart);
  const counts = sink.counts();
  const rows = totalRows();

  const finishStart = performance.now();
  await restoreAll(url, defs, file, log);
  await refreshKpiTargets(db, admin, rng, clock);
  let t = performance.now();
  await admin.query("ANALYZE");
  log(`ANALYZE in ${seconds(t).toFixed(1)} s`);
  const size = await admin.query<{ size: string }>(
    "SELECT pg_size_pretty(pg_database_size(current_database())) AS size",
  );
  await admin.end();
  await db.$disconnect();

  console.log("\n table                      rows      rows/s (during load)");
  for (const [table, n] of counts)
    console.log(` ${table.padEnd(20)} ${fmt(n).padStart(12)} ${fmt(n / loadSeconds).padStart(12)}`);
  console.log(` ${"total".padEnd(20)} ${fmt(rows).padStart(12)} ${fmt(rows / loadSeconds).padStart(12)}`);
  t = seconds(started);
  console.log(
    `\n load ${loadSeconds.toFixed(1)} s · indexes/keys/analyze ${seconds(finishStart).toFixed(1)} s · total ${t.toFixed(1)} s`,
  );
  console.log(` overall ${fmt(rows / t)} rows/s · database size ${size.rows[0]!.size}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
