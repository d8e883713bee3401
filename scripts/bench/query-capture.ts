// Captures the SQL that Prisma sends while a data function runs, and re-runs each statement under
// EXPLAIN (ANALYZE, BUFFERS) to give the raw database time beside the function's wall time.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type CapturedQuery = { sql: string; params: unknown[] };

export type Explained = {
  sql: string;
  planningMs: number;
  executionMs: number;
  sharedHit: number;
  sharedRead: number;
  /** Top plan node, e.g. "Limit → Bitmap Heap Scan on Customer (Customer_name_trgm_idx)". */
  plan: string;
};

/**
 * A Prisma client that logs its queries, installed as the app's shared client (lib/db reads
 * globalThis.prisma), so the real lib/data functions run through it.
 */
export function installCapturingClient(url: string): { client: PrismaClient; captured: CapturedQuery[] } {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: CapturedQuery[] = [];
  client.$on("query", (e) => {
    let params: unknown[] = [];
    try {
      params = JSON.parse(e.params) as unknown[];
    } catch {
      params = [];
    }
    captured.push({ sql: e.query, params });
  });
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return { client, captured };
}

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
};

function describePlan(node: PlanNode, depth = 0): string {
  const here = `${node["Node Type"]}${node["Relation Name"] ? ` on ${node["Relation Name"]}` : ""}${node["Index Name"] ? ` (${node["Index Name"]})` : ""}`;
  const children = node.Plans ?? [];
  // The first scans give the gist; deeper nodes only when the top is a wrapper (Limit, Sort, …).
  if (depth >= 3 || children.length === 0) return here;
  return `${here} → ${children.map((c) => describePlan(c, depth + 1)).join(" + ")}`;
}

/** Prisma's event params: arrays stay arrays (pg sends them as array literals), objects become JSON text. */
function toPgParam(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (Array.isArray(value)) return value.map(toPgParam);
  return JSON.stringify(value);
}

export async function explainAll(pool: pg.Pool, queries: CapturedQuery[]): Promise<Explained[]> {
  const out: Explained[] = [];
  for (const q of queries) {
    if (!/^\s*SELECT/i.test(q.sql)) continue;
    const result = await pool.query<{
      "QUERY PLAN": [{ Plan: PlanNode; "Planning Time": number; "Execution Time": number }];
    }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.sql}`, q.params.map(toPgParam));
    const [root] = result.rows[0]!["QUERY PLAN"];
    out.push({
      sql: q.sql,
      planningMs: root["Planning Time"],
      executionMs: root["Execution Time"],
      sharedHit: root.Plan["Shared Hit Blocks"] ?? 0,
      sharedRead: root.Plan["Shared Read Blocks"] ?? 0,
      plan: describePlan(root.Plan),
    });
  }
  return out;
}
