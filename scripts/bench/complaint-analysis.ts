// Monthly complaint analysis benchmark (issue 5): server time of complaintAnalysis for one month at
// branch level, p50/p95 over N runs, with each of its SQL statements' EXPLAIN ANALYZE time beside it.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jinshan_bench npm run bench:analysis [-- --runs 20 --month 2026-10 --user lead]
import { parseArgs } from "node:util";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { analysisScope, complaintAnalysis, customersSql, groupedSql, trendSql } from "@/lib/data/complaints/analysis";
import { shiftMonth } from "@/lib/domain/complaint-analysis";
import { shanghaiDate } from "@/lib/domain/dates";
import { benchActor, percentile } from "./timing";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    month: { type: "string", default: shiftMonth(shanghaiDate().slice(0, 7), -1) },
    user: { type: "string", default: "lead" },
  },
});
const runs = Number(values.runs);
const month = values.month;
const user = await db.user.findUniqueOrThrow({ where: { username: values.user } });
const actor = await benchActor(user.username);
const [{ n: total }] = (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Complaint"`) as [
  { n: number },
];
const c0 = performance.now();
const first = await complaintAnalysis(actor, { month }); // cold: connection pool, plan cache, customer denominators
const cold = performance.now() - c0;
console.log(
  `complaint analysis ${month} as ${user.username} (${user.role}) over ${actor.orgUnitIds.length} org units; ${total} complaints in the database, ${first.total.complaints} in the month, ${runs} runs`,
);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await complaintAnalysis(actor, { month });
  times.push(performance.now() - t0);
}
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(" ")}`);
console.log(
  `complaintAnalysis p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (target ≤ 300 ms); first (cold) call ${cold.toFixed(0)} ms`,
);
const uncached: number[] = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  const t0 = performance.now();
  await complaintAnalysis(actor, { month }, { freshCustomerCounts: true });
  uncached.push(performance.now() - t0);
}
console.log(
  `with the customer denominators recounted every time (the first call after each 10-minute expiry): p50 ${percentile(uncached, 50).toFixed(0)} ms, max ${Math.max(...uncached).toFixed(0)} ms`,
);
console.log("raw SQL (EXPLAIN ANALYZE execution time, one run each; the three run concurrently in the page):");
const { ids } = await analysisScope(actor);
const now = new Date();
for (const [name, sql] of [
  ["grouped", groupedSql(ids, month, now)],
  ["trend", trendSql(ids, month, now)],
  ["customers", customersSql(ids)],
] as const) {
  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT TEXT) ${sql}`);
  const line = plan.map((r) => r["QUERY PLAN"]).find((l) => l.startsWith("Execution Time")) ?? "?";
  console.log(`  ${name.padEnd(10)} ${line.replace("Execution Time: ", "")}`);
}
process.exit(0);
