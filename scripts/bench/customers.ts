// Customer archive benchmark (issue 3; not a test): server time of the real lib/data functions —
// identifier search, the 360° page's data, the filtered list — as an agent and as a branch-level
// service user, p50/p95 over N runs, each with the raw SQL time (EXPLAIN ANALYZE, BUFFERS) of the
// statements the function sent.
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/jinshan_bench npm run bench [-- --runs 20 --verbose]
import { parseArgs } from "node:util";
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { explainAll, installCapturingClient, type Explained } from "./query-capture";
import { fmtMs, percentile, timeRuns } from "./timing";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "2" },
    agent: { type: "string", default: "agent" },
    service: { type: "string" },
    verbose: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const WARMUP = Math.max(0, Number(values.warmup));
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");

const { client, captured } = installCapturingClient(url);
const pool = new pg.Pool({ connectionString: url, max: 1 });
// Import after the capturing client is installed, so lib/db uses it.
const { orgSubtreeIds } = await import("@/lib/auth/org-tree");
const { searchCustomers } = await import("@/lib/data/customers/search");
const { listCustomers } = await import("@/lib/data/customers/list");
const { readCustomerFilters } = await import("@/lib/validation/customer-filters");

async function actorFor(where: { username: string } | { role: "SERVICE"; level: "PROVINCE" }): Promise<Actor> {
  const user =
    "username" in where
      ? await client.user.findUniqueOrThrow({ where: { username: where.username } })
      : await client.user.findFirstOrThrow({
          where: { role: where.role, active: true, orgUnit: { level: where.level } },
          orderBy: { username: "asc" },
        });
  const { id, username, name, role, channel, orgUnitId } = user;
  return { id, username, name, role, channel, orgUnitId, orgUnitIds: await orgSubtreeIds(orgUnitId) };
}

type Sample = { id: string; name: string; mobile: string; idNumber: string; policyNo: string; plate: string };

/** Real identifiers from the actor's scope: customers with a mobile, an ID and an auto policy. */
async function samplesFor(actor: Actor, count = 5): Promise<Sample[]> {
  const scope = actor.role === "AGENT" ? `c."agentId" = $1::uuid` : `c."orgUnitId" = ANY($1::uuid[])`;
  const { rows } = await pool.query<Sample>(
    `SELECT c.id, c.name, c.mobile, c."idNumber", p."policyNo" AS "policyNo", p."vehiclePlate" AS plate
       FROM "Customer" c
       JOIN LATERAL (SELECT "policyNo", "vehiclePlate" FROM "Policy" p
                      WHERE p."customerId" = c.id AND p."vehiclePlate" IS NOT NULL LIMIT 1) p ON true
      WHERE ${scope} AND c."mergedIntoId" IS NULL AND c.mobile IS NOT NULL AND c."idNumber" IS NOT NULL
        AND char_length(c.name) = 3 AND c.id > $2::uuid
      ORDER BY c.id LIMIT $3`,
    [actor.role === "AGENT" ? actor.id : actor.orgUnitIds, "40000000-0000-0000-0000-000000000000", count],
  );
  if (rows.length === 0) throw new Error(`no sample customers for ${actor.username}`);
  return rows;
}

type Case = { name: string; target: number; run: (i: number) => Promise<unknown> };
type Result = { name: string; actor: string; p50: number; p95: number; max: number; target: number; sql: Explained[] };

async function measure(actorLabel: string, c: Case): Promise<Result> {
  // Searches are rate-limited per user (lib/domain/search-limits.ts): each timed run starts with
  // fresh counters, so the benchmark measures the search (counter upsert included), not the refusal.
  const times = await timeRuns(c.run, RUNS, WARMUP, async () => {
    await pool.query(`DELETE FROM "RequestCounter"`);
    captured.length = 0;
  });
  // The statements of the last run, each under EXPLAIN ANALYZE (they ran in parallel where the
  // function uses Promise.all; the sum is the database's share of the work).
  const sql = await explainAll(pool, [...captured]);
  return {
    name: c.name,
    actor: actorLabel,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    target: c.target,
    sql,
  };
}

function searchCases(samples: Sample[]): Case[] {
  const s = (i: number) => samples[i % samples.length]!;
  const search = (q: (x: Sample) => string) => (i: number) => searchCustomers(actorRef.current!, q(s(i)));
  return [
    { name: "search: mobile", target: 30, run: search((x) => x.mobile) },
    { name: "search: mobile, last 6 digits", target: 30, run: search((x) => x.mobile.slice(-6)) },
    { name: "search: ID number", target: 30, run: search((x) => x.idNumber) },
    { name: "search: plate", target: 30, run: search((x) => x.plate) },
    { name: "search: plate, first 5 chars", target: 30, run: search((x) => x.plate.slice(0, 5)) },
    { name: "search: policy no.", target: 30, run: search((x) => x.policyNo) },
    { name: "search: name", target: 30, run: search((x) => x.name) },
    { name: "search: name fragment (2 chars)", target: 30, run: search((x) => x.name.slice(0, 2)) },
  ];
}

function listCases(samples: Sample[]): Case[] {
  const list = (query: string) => {
    const { filters } = readCustomerFilters(new URLSearchParams(query));
    return () => listCustomers(actorRef.current!, filters);
  };
  const withText = (query: (x: Sample) => string) => (i: number) => {
    const { filters } = readCustomerFilters(new URLSearchParams(query(samples[i % samples.length]!)));
    return listCustomers(actorRef.current!, filters);
  };
  return [
    { name: "list: dormant + gold", target: 150, run: list("activity=DORMANT&vip=GOLD") },
    { name: "list: bancassurance + dormant", target: 150, run: list("channel=BANCASSURANCE&activity=DORMANT") },
    {
      name: "list: insured + semi-dormant, page 3",
      target: 150,
      run: list("insured=yes&activity=SEMI_DORMANT&page=3"),
    },
    { name: "list: gold + tenure long, by premium", target: 150, run: list("vip=GOLD&tenure=long&sort=premium") },
    { name: "list: dormant, by name", target: 150, run: list("activity=DORMANT&sort=name") },
    { name: "list: insured, by last purchase", target: 150, run: list("insured=yes&sort=lastPurchase") },
    { name: "list: no filter (first page)", target: 150, run: list("") },
    {
      name: "list: text (plate) + insured",
      target: 150,
      run: withText((x) => `q=${encodeURIComponent(x.plate)}&insured=yes`),
    },
    {
      name: "list: text (plate, 5 chars) + insured",
      target: 150,
      run: withText((x) => `q=${encodeURIComponent(x.plate.slice(0, 5))}&insured=yes`),
    },
    {
      name: "list: text (name fragment) + insured",
      target: 150,
      run: withText((x) => `q=${encodeURIComponent(x.name.slice(0, 2))}&insured=yes`),
    },
  ];
}

async function customer360Case(samples: Sample[]): Promise<Case | null> {
  try {
    const mod = (await import("@/lib/data/customers/360")) as {
      getCustomer360?: (actor: Actor, id: string) => Promise<unknown>;
    };
    if (!mod.getCustomer360) throw new Error("getCustomer360 not exported");
    const get = mod.getCustomer360;
    return {
      name: "360°: getCustomer360",
      target: 60,
      run: (i) => get(actorRef.current!, samples[i % samples.length]!.id),
    };
  } catch (error) {
    console.log(`(skipping the 360° page: ${(error as Error).message})`);
    return null;
  }
}

const actorRef: { current: Actor | null } = { current: null };
const fmt = fmtMs;

async function main() {
  const [customers, policies] = await Promise.all([client.customer.count(), client.policy.count()]);
  console.log(
    `database: ${customers.toLocaleString("en-US")} customers, ${policies.toLocaleString("en-US")} policies; ${RUNS} runs after ${WARMUP} warm-up\n`,
  );
  const agent = await actorFor({ username: values.agent });
  const service = values.service
    ? await actorFor({ username: values.service })
    : await actorFor({ role: "SERVICE", level: "PROVINCE" });
  const results: Result[] = [];
  for (const actor of [agent, service]) {
    actorRef.current = actor;
    const samples = await samplesFor(actor);
    const label = `${actor.username} (${actor.role}${actor.role === "AGENT" ? "" : `, ${actor.orgUnitIds.length} units`})`;
    const cases = [...searchCases(samples), await customer360Case(samples), ...listCases(samples)].filter(
      (c): c is Case => c !== null,
    );
    for (const c of cases) {
      if (values.only && !c.name.includes(values.only)) continue;
      const r = await measure(label, c);
      results.push(r);
      const sqlMs = r.sql.reduce((s, q) => s + q.executionMs, 0);
      const ok = r.p95 <= r.target ? "ok " : "MISS";
      const main = [...r.sql].sort((a, b) => b.executionMs - a.executionMs)[0];
      console.log(
        `${ok} ${label.padEnd(28)} ${r.name.padEnd(36)} p50 ${fmt(r.p50)} ms  p95 ${fmt(r.p95)} ms  (target ${r.target})  SQL ${fmt(sqlMs)} ms in ${r.sql.length} stmt  | ${main?.plan ?? ""}`,
      );
      if (values.verbose)
        for (const q of r.sql)
          console.log(
            `      ${fmt(q.executionMs)} ms exec ${fmt(q.planningMs)} ms plan  hit ${q.sharedHit} read ${q.sharedRead}  ${q.plan}\n        ${q.sql.slice(0, 300)}`,
          );
    }
  }
  const misses = results.filter((r) => r.p95 > r.target);
  console.log(
    `\n${results.length - misses.length}/${results.length} within target${misses.length ? `; missed: ${misses.map((m) => `${m.name} [${m.actor}]`).join(", ")}` : ""}`,
  );
}

try {
  await main();
} finally {
  await pool.end();
  await client.$disconnect();
}
