// Next.js calls register() once per server start: the Node server stamps each request with its
// socket's address (for the client IP, lib/auth/client-ip.ts) and also works the job queue.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerStamp } = await import("./lib/auth/peer-stamp");
  installPeerStamp();
  if (process.env.JOBS_DISABLED === "1") return;
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const { startWorker } = await import("./lib/jobs/worker");
  await startWorker(url);
}
