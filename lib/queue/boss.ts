import "server-only";
// The PostgreSQL-backed job queue (pg-boss): its tables live in the `pgboss` schema of the app's
// own database, so jobs survive restarts and need no other service.
import PgBoss from "pg-boss";

const globalForBoss = globalThis as unknown as { boss?: Promise<PgBoss> };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

export function createBoss(connectionString: string, options: { schedule?: boolean } = {}): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: 3,
    // Only the worker process runs the cron clock and maintenance; senders just insert jobs.
    schedule: options.schedule ?? false,
    supervise: options.schedule ?? false,
  });
  boss.on("error", (err: Error) => console.error("[jobs] pg-boss error:", err.message));
  return boss;
}

/**
 * Every queue keeps at most one waiting job per singleton key ("short" policy): an event sent twice
 * before the worker picks it up runs once, and cron ticks never pile up behind a long run.
 */
export const QUEUE_OPTIONS = { policy: "short" } as const;

/** A started queue client for sending jobs, shared by the process (created on first use). */
export function getBoss(): Promise<PgBoss> {
  globalForBoss.boss ??= createBoss(databaseUrl()).start();
  return globalForBoss.boss;
}
