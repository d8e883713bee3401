// Cockpit benchmark (issue 6): server time of loadCockpit for one year at branch level (the BJ
// province unit), p50/p95 over N runs, with each fact query's own EXPLAIN ANALYZE time beside it.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jinshan_bench npm run bench:cockpit [-- --runs 5 --year 2025]
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { chooseSource, loadCockpit } from "@/lib/data/kpi/cockpit";
import { explainFacts } from "@/lib/data/kpi/explain";
import { yearPeriod } from "@/lib/domain/kpi-period";
import { benchActor, percentile } from "./timing";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    year: { type: "string", default: "2025" },
    user: { type: "string", default: "manager" },
    // --live: bypass the summaries (what the page does before the refresh job has ever run)
    live: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
const period = yearPeriod(Number(values.year));
const user = await db.user.findUniqueOrThrow({ where: { username: values.user } });
const actor = await benchActor(user.username);
const prefer = values.live ? "live" : "auto";
const source = (await chooseSource(prefer)).source;
console.log(
  `cockpit ${period.key} as ${user.username} (${user.role}) at ${actor.orgUnitIds.length} org units, source=${source}, ${runs} runs`,
);
await loadCockpit(actor, period, {}, undefined, prefer); // warm-up (connection pool, plan cache)
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  await loadCockpit(actor, period, {}, undefined, prefer);
  times.push(performance.now() - t0);
}
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(" ")}`);
console.log(`loadCockpit p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`);
console.log("raw SQL (EXPLAIN ANALYZE execution time, one run each):");
for (const [name, ms] of await explainFacts(actor, period, prefer))
  console.log(`  ${name.padEnd(12)} ${ms.toFixed(0)} ms`);
process.exit(0);
