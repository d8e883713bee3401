// What every benchmark script shares: the actor a case runs as, repeated timed runs and percentiles.
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";

/** The demo or generated user by username, with their data scope (as a signed-in request has it). */
export async function benchActor(username: string): Promise<Actor> {
  const { id } = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const actor = await loadActor(id);
  if (!actor) throw new Error(`${username} is deactivated`);
  return actor;
}

/** The p-th percentile (nearest rank) of a sample. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export const fmtMs = (ms: number) => ms.toFixed(1).padStart(7);

/** Wall times in ms of `runs` calls after `warmup` untimed ones; `beforeEach` runs untimed before each. */
export async function timeRuns(
  run: (i: number) => Promise<unknown>,
  runs: number,
  warmup: number,
  beforeEach: () => unknown = () => undefined,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await beforeEach();
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  return times;
}
