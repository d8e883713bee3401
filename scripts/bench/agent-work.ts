// Agents' daily work benchmark (issue 4; not a test): server time of the real lib/data functions —
// the Today page's data, the renewal list (90 days, one channel), the visit list — p50/p95 over N runs
// with the raw SQL time (EXPLAIN ANALYZE) of the statements each sent, and the visit plan job over
// the whole data set (first run, then the idempotent rerun).
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jinshan_bench npm run bench:agent [-- --runs 20 --verbose --skip-plans]
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import type { Channel } from "@/lib/generated/prisma/enums";
import { explainAll, installCapturingClient, type Explained } from "./query-capture";
import { benchActor as actorFor, fmtMs, percentile, timeRuns } from "./timing";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    agent: { type: "string", default: "agent" },
    lead: { type: "string", default: "lead" },
    verbose: { type: "boolean", default: false },
    "skip-plans": { type: "boolean", default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const WARMUP = Math.max(0, Number(values.warmup));
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

const { client, captured } = installCapturingClient(url);
const pool = new pg.Pool({ connectionString: url, max: 1 });
// Import after the capturing client is installed, so lib/db uses it.
const { loadToday } = await import("@/lib/data/home/today");
const { listRenewals } = await import("@/lib/data/renewals/read");
const { listVisits } = await import("@/lib/data/visits/visits");
const { generateVisitPlans } = await import("@/lib/data/visits/plans");

type Case = { name: string; target: number; run: () => Promise<unknown> };
type Result = { p50: number; p95: number; sql: Explained[] };

const fmt = fmtMs;

async function measure(c: Case): Promise<Result> {
  const times = await timeRuns(
    () => c.run(),
    RUNS,
    WARMUP,
    () => (captured.length = 0),
  );
  return { p50: percentile(times, 50), p95: percentile(times, 95), sql: await explainAll(pool, [...captured]) };
}

async function main() {
  const [customers, policies, visits] = await Promise.all([
    client.customer.count(),
    client.policy.count(),
    client.visit.count(),
  ]);
  console.log(
    `database: ${customers.toLocaleString("en-US")} customers, ${policies.toLocaleString("en-US")} policies, ${visits.toLocaleString("en-US")} visits; ${RUNS} runs after ${WARMUP} warm-up\n`,
  );
  const agent = await actorFor(values.agent);
  const lead = await actorFor(values.lead);
  const channel: Channel = agent.channel ?? "INDIVIDUAL";
  const cases: [Actor, Case][] = [
    [agent, { name: "Today page data", target: 100, run: () => loadToday(agent) }],
    [
      agent,
      { name: `renewals: 90 days, ${channel}`, target: 150, run: () => listRenewals(agent, { within: "90", channel }) },
    ],
    [agent, { name: "visits: planned, first page", target: 100, run: () => listVisits(agent, {}) }],
    [
      lead,
      {
        name: "renewals: 90 days, BANCASSURANCE",
        target: 300,
        run: () => listRenewals(lead, { within: "90", channel: "BANCASSURANCE" }),
      },
    ],
    [
      lead,
      {
        name: "renewals: 90 days, no outcome, by premium",
        target: 300,
        run: () => listRenewals(lead, { within: "90", outcome: "none", sort: "premium" }),
      },
    ],
    [
      lead,
      {
        name: "visits: unassigned, overdue",
        target: 300,
        run: () => listVisits(lead, { who: "unassigned", period: "overdue" }),
      },
    ],
  ];
  let misses = 0;
  for (const [actor, c] of cases) {
    const r = await measure(c);
    const sqlMs = r.sql.reduce((s, q) => s + q.executionMs, 0);
    const ok = r.p95 <= c.target ? "ok  " : "MISS";
    if (r.p95 > c.target) misses++;
    const label = `${actor.username} (${actor.role}${actor.role === "AGENT" ? "" : `, ${actor.orgUnitIds.length} units`})`;
    const top = [...r.sql].sort((a, b) => b.executionMs - a.executionMs)[0];
    console.log(
      `${ok} ${label.padEnd(28)} ${c.name.padEnd(42)} p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  (target ${c.target})  SQL ${fmt(sqlMs)} ms in ${r.sql.length} stmt  | slowest ${fmt(top?.executionMs ?? 0)} ms ${top?.plan ?? ""}`,
    );
    if (values.verbose)
      for (const q of r.sql)
        console.log(
          `      ${fmt(q.executionMs)} ms exec ${fmt(q.planningMs)} ms plan  hit ${q.sharedHit} read ${q.sharedRead}  ${q.plan}\n        ${q.sql.slice(0, 300)}`,
        );
  }
  console.log(`\n${cases.length - misses}/${cases.length} within target`);

  if (values["skip-plans"]) return;
  // The plan job writes: the first run inserts the missing plan items, the rerun must insert none.
  for (const label of ["visit plan job (whole data set)", "visit plan job rerun (idempotent)"]) {
    const r = await generateVisitPlans();
    const ok = r.ms <= 60_000 ? "ok  " : "MISS";
    console.log(
      `${ok} ${label.padEnd(40)} ${fmt(r.ms)} ms  new-customer +${r.newCustomer}, pre-expiry +${r.preExpiry}  (target 60000 ms)`,
    );
  }
}

try {
  await main();
} finally {
  await pool.end();
  await client.$disconnect();
}
