// Renewal follow-ups (续保跟进): history rows, and the latest outcome copied onto the policy.
import type { RenewalOutcome } from "@/lib/generated/prisma/enums";
import { dayToDate, shanghaiDay, shanghaiInstant } from "./clock";
import type { CustomerDraft, PolicyDraft } from "./drafts";
import { Rng, weighted } from "./rng";
import type { RowSink } from "./tables";
import { RENEWAL_NOTES } from "./texts";
import type { World } from "./world";

const EXPIRING_PATTERNS = weighted<RenewalOutcome[]>([
  [["WILL_RENEW"], 35],
  [["CONSIDERING"], 30],
  [["CONSIDERING", "WILL_RENEW"], 15],
  [["CONSIDERING", "WONT_RENEW"], 10],
  [["WONT_RENEW"], 10],
]);

export type RenewalSituation = "RENEWED" | "NOT_RENEWED" | "EXPIRING";

/**
 * Follow-ups for a policy at the end of its term: renewed ones sometimes had a "will renew" call,
 * unrenewed ones often a "won't renew", and policies expiring in the next 90 days have a share of
 * recorded outcomes (`recordShare`) so the renewal list shows both worked and unworked rows.
 */
export function renewalFollowUps(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  p: PolicyDraft,
  situation: RenewalSituation,
  recordShare = 0.55,
): void {
  const nowMs = world.clock.nowMs;
  let outcomes: RenewalOutcome[];
  if (situation === "RENEWED") outcomes = rng.chance(0.35) ? ["WILL_RENEW"] : [];
  else if (situation === "NOT_RENEWED")
    outcomes = rng.chance(0.5) ? (rng.chance(0.4) ? ["CONSIDERING", "WONT_RENEW"] : ["WONT_RENEW"]) : [];
  else outcomes = rng.chance(recordShare) ? rng.draw(EXPIRING_PATTERNS) : [];
  if (outcomes.length === 0) return;

  const by = c.agent ?? rng.pick(c.city.service);
  const fromMs = shanghaiInstant(p.endDay - 75, 9 * 60);
  const toMs = Math.min(nowMs - 3_600_000, shanghaiInstant(p.endDay, 18 * 60));
  if (toMs <= fromMs) return;
  const step = (toMs - fromMs) / outcomes.length;
  let latest: { outcome: RenewalOutcome; at: number; next: number | null } | null = null;
  for (const [i, outcome] of outcomes.entries()) {
    const at = Math.round(fromMs + step * i + rng.next() * step * 0.9);
    const next = outcome === "CONSIDERING" ? shanghaiDay(at) + rng.int(3, 10) : null;
    sink.add("RenewalFollowUp", {
      id: rng.uuid(),
      policyId: p.row.id!,
      outcome,
      note: rng.pick(RENEWAL_NOTES[outcome]),
      nextContactAt: next !== null ? dayToDate(next) : null,
      byId: by.id,
      at: new Date(at),
    });
    latest = { outcome, at, next };
  }
  if (!latest) return;
  p.row.renewalOutcome = latest.outcome;
  p.row.renewalOutcomeAt = new Date(latest.at);
  // A past next-contact date is a call-back the agent still owes.
  p.row.renewalNextContactAt = latest.next !== null ? dayToDate(latest.next) : null;
  p.facts.renewalOutcome = latest.outcome;
}
