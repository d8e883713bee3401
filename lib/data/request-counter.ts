import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { windowStart } from "@/lib/domain/search-limits";

// Fixed-window request counters in PostgreSQL: one atomic upsert per request, so the limit holds
// however many app instances serve the user. Windows older than a day are pruned on the way.

export type Counter = { key: string; windowSeconds: number };

const KEEP_MS = 24 * 60 * 60 * 1000;

/** Counts one request under each (distinct) key in its current window; answers the counts, this one included. */
export async function countRequest(counters: Counter[], now: Date = new Date()): Promise<number[]> {
  if (counters.length === 0) return [];
  const values = counters.map((c) => Prisma.sql`(${c.key}, ${windowStart(now, c.windowSeconds)}::timestamptz, 1)`);
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RequestCounter" (key, "windowStart", count) VALUES ${Prisma.join(values)}
    ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RequestCounter".count + 1
    RETURNING key, count`;
  const byKey = new Map(rows.map((r) => [r.key, r.count]));
  // A first request in a new window: a good moment to drop the windows nobody reads any more.
  if (rows.some((r) => r.count === 1))
    await db.$executeRaw`DELETE FROM "RequestCounter" WHERE "windowStart" < ${new Date(now.getTime() - KEEP_MS)}::timestamptz`;
  return counters.map((c) => byKey.get(c.key) ?? 1);
}
