// Complaint queue benchmark (issue 5; not a test): server time of the real lib/data functions behind
// /complaints — the queue sorted by time left with its filters, and one complaint's page — as a
// branch-level service lead and as a city service user, p50/p95 over N runs, each with the raw SQL time
// (EXPLAIN ANALYZE, BUFFERS) of the statements it sent. Also times one escalation job run.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jinshan_bench npm run bench:complaints [-- --runs 20 --verbose]
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { explainAll, installCapturingClient, type Explained } from "./query-capture";
import { benchActor as actorFor, fmtMs, percentile, timeRuns } from "./timing";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    lead: { type: "string", default: "lead" },
    service: { type: "string", default: "service" },
    verbose: { type: "boolean", default: false },
    only: { type: "string" },
    escalation: { type: "boolean", default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const WARMUP = Math.max(0, Number(values.warmup));
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

const { client, captured } = installCapturingClient(url);
const pool = new pg.Pool({ connectionString: url, max: 1 });
// Import after the capturing client is installed, so lib/db uses it.
const { listComplaintQueue } = await import("@/lib/data/complaints/queue");
const { getComplaint } = await import("@/lib/data/complaints/detail");
const { runComplaintEscalation } = await import("@/lib/data/complaints/escalation");
const { readQueueFilters } = await import("@/lib/validation/complaint-queue");

type Case = { name: string; target: number; run: (i: number) => Promise<unknown> };
type Result = { name: string; p50: number; p95: number; target: number; sql: Explained[] };

const fmt = fmtMs;

async function measure(c: Case): Promise<Result> {
  const times = await timeRuns(c.run, RUNS, WARMUP, () => (captured.length = 0));
  const sql = await explainAll(pool, [...captured]);
  return { name: c.name, p50: percentile(times, 50), p95: percentile(times, 95), target: c.target, sql };
}

function queueCases(actor: Actor, sampleIds: string[]): Case[] {
  const queue = (query: string) => {
    const { filters } = readQueueFilters(Object.fromEntries(new URLSearchParams(query)));
    return () => listComplaintQueue(actor, filters);
  };
  return [
    { name: "queue: open, by time left", target: 100, run: queue("") },
    { name: "queue: open, page 3", target: 100, run: queue("page=3") },
    { name: "queue: breached", target: 100, run: queue("sla=breached") },
    { name: "queue: at risk", target: 100, run: queue("sla=atRisk") },
    { name: "queue: all, hotline + high", target: 100, run: queue("status=all&channel=HOTLINE&severity=HIGH") },
    { name: "queue: closed, by received", target: 100, run: queue("status=closed&sort=received") },
    { name: "queue: mine", target: 100, run: queue("owner=me") },
    { name: "queue: unassigned", target: 100, run: queue("owner=none") },
    ...(sampleIds.length > 0
      ? [
          {
            name: "page: getComplaint",
            target: 60,
            run: (i: number) => getComplaint(actor, sampleIds[i % sampleIds.length]!),
          },
        ]
      : []),
  ];
}

async function main() {
  const [complaints, open] = await Promise.all([
    client.complaint.count(),
    client.complaint.count({ where: { status: { not: "CLOSED" } } }),
  ]);
  console.log(
    `database: ${complaints.toLocaleString("en-US")} complaints (${open.toLocaleString("en-US")} open); ${RUNS} runs after ${WARMUP} warm-up\n`,
  );
  const results: Result[] = [];
  for (const username of [values.lead, values.service]) {
    const actor = await actorFor(username);
    const label = `${actor.username} (${actor.role}, ${actor.orgUnitIds.length} units)`;
    const samples = await client.complaint.findMany({
      where: { orgUnitId: { in: actor.orgUnitIds } },
      select: { id: true },
      take: 10,
      orderBy: { receivedAt: "desc" },
    });
    for (const c of queueCases(
      actor,
      samples.map((s) => s.id),
    )) {
      if (values.only && !c.name.includes(values.only)) continue;
      const r = await measure(c);
      results.push(r);
      const sqlMs = r.sql.reduce((s, q) => s + q.executionMs, 0);
      const main = [...r.sql].sort((a, b) => b.executionMs - a.executionMs)[0];
      console.log(
        `${r.p95 <= r.target ? "ok " : "MISS"} ${label.padEnd(30)} ${r.name.padEnd(30)} p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  (target ${r.target})  SQL ${fmt(sqlMs)} ms in ${r.sql.length} stmt  | ${main?.plan ?? ""}`,
      );
      if (values.verbose)
        for (const q of r.sql)
          console.log(
            `      ${fmt(q.executionMs)} ms exec ${fmt(q.planningMs)} ms plan  hit ${q.sharedHit} read ${q.sharedRead}  ${q.plan}\n        ${q.sql.slice(0, 300)}`,
          );
    }
  }
  if (values.escalation) {
    // Writes: marks breaches and escalates what is due, exactly as the scheduled job would.
    const t0 = performance.now();
    const run = await runComplaintEscalation();
    console.log(
      `\nescalation job: ${run.breachesMarked} breaches marked, ${run.escalated} escalated in ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }
  const misses = results.filter((r) => r.p95 > r.target);
  console.log(
    `\n${results.length - misses.length}/${results.length} within target${misses.length ? `; missed: ${misses.map((m) => m.name).join(", ")}` : ""}`,
  );
}

try {
  await main();
} finally {
  await pool.end();
  await client.$disconnect();
}
