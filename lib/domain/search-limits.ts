// How often a user may search, and which searches are written to the audit log. Counts live in
// PostgreSQL (lib/data/request-counter.ts), so they hold across app instances.
// - Every search is limited per user: enough for search-as-you-type, not for enumerating the book.
// - A complete 身份证号 or mobile typed by a role that may not reveal them confirms a guess at a
//   masked value (the masked digits plus the check digit leave few candidates): each such lookup is
//   audited and there may be only a few per window.
// - Fragments of mobiles and ID numbers rebuild a masked value digit by digit (about 40 requests
//   for 138****5678): many of them in a window are written to the audit log, once per window.
import type { SearchPlan, SearchProbe } from "./customer-search";

/** At most `max` requests per fixed window of `windowSeconds` (aligned to the epoch). */
export type RateWindow = { windowSeconds: number; max: number };

/** Every search by one user (header search, the list's free text, its export). */
export const SEARCHES: RateWindow = { windowSeconds: 60, max: 60 };

/** Complete identifiers looked up by a role without `customer.reveal`, per user. */
export const IDENTIFIER_LOOKUPS: RateWindow = { windowSeconds: 15 * 60, max: 10 };

/**
 * Fragment searches on mobiles and ID numbers: the `max`-th in a window is audited as suspicious
 * (typing one mobile as you type sends up to eight; rebuilding a masked one takes about forty).
 */
export const FRAGMENT_WATCH: RateWindow = { windowSeconds: 10 * 60, max: 30 };

/** The start of the window that `now` falls in. */
export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Whole seconds until the window that `now` falls in ends (at least 1). */
export function secondsLeft(now: Date, windowSeconds: number): number {
  const end = windowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

const MASKED = new Set<string>(["mobile", "idNumber"]);

/** The complete masked identifier a plan looks up (11-digit mobile, 18-character ID), if any. */
export function identifierLookup(plan: SearchPlan): SearchProbe | null {
  if (plan.kind === "tooShort") return null;
  return plan.exact.find((p) => MASKED.has(p.field)) ?? null;
}

/** Whether the plan probes mobiles or ID numbers with a fragment (as typed, before planForViewer). */
export function isFragmentSearch(plan: SearchPlan): boolean {
  return plan.kind !== "tooShort" && plan.partial.some((p) => MASKED.has(p.field));
}

/** A search refused for now: the user may try again after `retryAfterSeconds`. */
export class RateLimitedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    super(`rate limited: retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}
