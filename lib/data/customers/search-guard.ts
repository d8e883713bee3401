import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write";
import type { SearchPlan } from "@/lib/domain/customer-search";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import {
  FRAGMENT_WATCH,
  IDENTIFIER_LOOKUPS,
  identifierLookup,
  isFragmentSearch,
  RateLimitedError,
  SEARCHES,
  secondsLeft,
  type RateWindow,
} from "@/lib/domain/search-limits";
import { countRequest } from "../request-counter";

// The limits every customer search passes before it runs (the header search, the list's free
// text and the export), and what it leaves in the audit log (lib/domain/search-limits.ts).

/** Writes what the search found to the audit log where it must be recorded. */
export type SearchRecorder = (hitIds: string[]) => Promise<void>;

const nothingToRecord: SearchRecorder = async () => undefined;

/**
 * Counts the search against the actor's limits, throwing RateLimitedError when one is exceeded.
 * `plan` is the input as typed (before planForViewer), so attempts that find nothing count too.
 */
export async function admitSearch(actor: Actor, plan: SearchPlan, now: Date = new Date()): Promise<SearchRecorder> {
  const lookup = can(actor.role, "customer.reveal") ? null : identifierLookup(plan);
  const rules: [string, RateWindow][] = [["search", SEARCHES]];
  if (isFragmentSearch(plan)) rules.push(["search.fragment", FRAGMENT_WATCH]);
  if (lookup) rules.push(["search.identifier", IDENTIFIER_LOOKUPS]);
  const counts = await countRequest(
    rules.map(([name, rule]) => ({ key: `${name}:${actor.id}`, windowSeconds: rule.windowSeconds })),
    now,
  );
  const count = (name: string) => counts[rules.findIndex(([n]) => n === name)] ?? 0;

  // Exactly one request per window reaches the threshold (the counter is atomic): one audit row.
  if (count("search.fragment") === FRAGMENT_WATCH.max)
    await writeAudit(db, {
      actorId: actor.id,
      action: "customer.search.fragments",
      entityType: "Customer",
      data: { fragmentSearches: FRAGMENT_WATCH.max, windowMinutes: FRAGMENT_WATCH.windowSeconds / 60 },
    });
  // Not a lockout: the user may search again when the (short) window that is full has passed.
  const full = rules.filter(([name, rule]) => name !== "search.fragment" && count(name) > rule.max);
  if (full.length > 0)
    throw new RateLimitedError(Math.max(...full.map(([, rule]) => secondsLeft(now, rule.windowSeconds))));

  if (!lookup) return nothingToRecord;
  const masked = lookup.field === "idNumber" ? maskIdNumber(lookup.value) : maskPhone(lookup.value);
  return (hitIds) =>
    writeAudit(db, {
      actorId: actor.id,
      action: "customer.search.identifier",
      entityType: "Customer",
      entityId: hitIds.length === 1 ? hitIds[0] : null,
      data: { field: lookup.field, value: masked, hits: hitIds.slice(0, 20), count: hitIds.length },
    });
}
