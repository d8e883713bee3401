import "server-only";
// Benchmark helper: runs the cockpit's fact queries as EXPLAIN ANALYZE (the same SQL the page runs).
import type { Actor } from "@/lib/auth/actor";
import type { Period } from "@/lib/domain/kpi-period";
import { loadCockpit } from "./cockpit";
import { explainStore } from "./facts";

/** Fact family → summed execution time (ms) of its SQL for one cockpit load. */
export async function explainFacts(
  actor: Actor,
  period: Period,
  prefer: "auto" | "live" = "auto",
): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  await explainStore.run(times, () => loadCockpit(actor, period, {}, undefined, prefer));
  return times;
}
