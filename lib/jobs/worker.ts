import "server-only";
// Runs the job queue inside the app's server process: creates the queues, installs the schedules and
// works the jobs. Started once from instrumentation.ts (Node runtime), unless JOBS_DISABLED=1.
import type PgBoss from "pg-boss";
import { createBoss, QUEUE_OPTIONS } from "../queue/boss";
import { JOBS, type JobDefinition } from "./registry";

export async function startWorker(connectionString: string, jobs: JobDefinition[] = JOBS): Promise<PgBoss> {
  const boss = await createBoss(connectionString, { schedule: true }).start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, ...QUEUE_OPTIONS });
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "Asia/Shanghai" });
    if (job.onStart) await boss.send(job.name, {}, { singletonKey: `${job.name}:start` });
    await boss.work<Record<string, unknown>>(job.name, async ([first]) => {
      const t0 = Date.now();
      const result = await job.run(first?.data ?? {});
      console.log(`[jobs] ${job.name} done in ${Date.now() - t0} ms`);
      return result;
    });
  }
  return boss;
}
