// The job queue end to end on PostgreSQL: pg-boss installs its schema in the app's database, the
// worker works what the app sends, and start-up jobs (the KPI refresh) run without waiting for cron.
import type PgBoss from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import { summaryFreshness } from "@/lib/data/kpi/refresh";
import { db } from "@/lib/db";
import { JOBS } from "@/lib/jobs/registry";
import { sendJob } from "@/lib/queue/send";
import { startWorker } from "@/lib/jobs/worker";

let worker: PgBoss | undefined;

afterEach(async () => {
  await worker?.stop({ graceful: false, wait: true });
  worker = undefined;
});

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting for the job");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("job queue (pg-boss)", () => {
  it("works a job the app sends, with its data, exactly once", async () => {
    const seen: Record<string, unknown>[] = [];
    await sendJob("echo-test", { customerId: "c-1" }, "echo:c-1");
    await sendJob("echo-test", { customerId: "c-1" }, "echo:c-1"); // same key while queued: no second job
    await sendJob("echo-test", { customerId: "c-2" }, "echo:c-2");
    worker = await startWorker(process.env.DATABASE_URL!, [
      { name: "echo-test", run: async (data) => void seen.push(data) },
    ]);
    await waitFor(() => seen.length >= 2);
    await new Promise((r) => setTimeout(r, 2500));
    expect(seen).toHaveLength(2);
    expect(seen).toEqual(expect.arrayContaining([{ customerId: "c-1" }, { customerId: "c-2" }]));
  });

  it("installs the KPI refresh schedule and refreshes the summaries when the worker starts", async () => {
    const refreshedAt = async () => {
      const views = await db.$queryRaw<{ ok: boolean }[]>`
        SELECT relispopulated AS ok FROM pg_class WHERE relkind = 'm' AND relname = 'kpi_refresh_meta'`;
      if (!views[0]?.ok) return 0;
      const rows = await db.$queryRaw<{ at: Date }[]>`SELECT refreshed_at AS at FROM kpi_refresh_meta`;
      return rows[0]?.at.getTime() ?? 0;
    };
    const before = await refreshedAt();
    worker = await startWorker(
      process.env.DATABASE_URL!,
      JOBS.filter((j) => j.name === "kpi-refresh"),
    );
    const schedules = await worker.getSchedules();
    // This file's own database: the KPI refresh is the only schedule there is.
    expect(schedules.map((s) => [s.name, s.cron, s.options?.tz])).toEqual([
      ["kpi-refresh", "7 * * * *", "Asia/Shanghai"],
    ]);
    // Every summary populated (summaryFreshness is null until all are) and newer than before.
    const fresh = async () => ((await summaryFreshness())?.getTime() ?? 0) > before;
    await waitFor(fresh, 40_000);
    expect(await fresh()).toBe(true);
  });
});
