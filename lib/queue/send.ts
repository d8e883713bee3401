import "server-only";
// Sends a job right after the event that triggers it (a new customer, a closed claim …). The job is
// idempotent, so a scheduled run that also covers the event creates nothing twice.
import { getBoss, QUEUE_OPTIONS } from "./boss";

export async function sendJob(name: string, data: Record<string, unknown>, singletonKey?: string): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.createQueue(name, { name, ...QUEUE_OPTIONS });
    await boss.send(name, data, { singletonKey, retryLimit: 3, retryDelay: 30 });
  } catch (err) {
    // The scheduled run catches up; the user's action must not fail because the queue is down.
    console.error(`[jobs] could not send ${name}:`, err instanceof Error ? err.message : err);
  }
}
