// Next.js calls register() once per server start: the Node server also works the job queue.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOBS_DISABLED === "1") return;
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const { startWorker } = await import("./lib/jobs/worker");
  await startWorker(url);
}
