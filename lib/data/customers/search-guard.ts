import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write";
import type { SearchPlan } from "@/lib/domain/customer-search";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import { IDENTIFIER_LOOKUPS, identifierLookup, RateLimitedError, secondsLeft } from "@/lib/domain/search-limits";
import { countRequest } from "../request-counter";

// The limits every customer search passes before it runs (the header search, the list's free
// text and the export), and what it leaves in the audit log once it has run.

/** Writes what the search found to the audit log where it must be recorded. */
export type SearchRecorder = (hitIds: string[]) => Promise<void>;

const nothingToRecord: SearchRecorder = async () => undefined;

/**
 * Counts the search against the actor's limits, throwing RateLimitedError when one is exceeded.
 * `plan` is the input as typed (before planForViewer), so refused attempts count too.
 */
export async function admitSearch(actor: Actor, plan: SearchPlan, now: Date = new Date()): Promise<SearchRecorder> {
  const lookup = can(actor.role, "customer.reveal") ? null : identifierLookup(plan);
  if (!lookup) return nothingToRecord;
  const [lookups] = await countRequest(
    [{ key: `search.identifier:${actor.id}`, windowSeconds: IDENTIFIER_LOOKUPS.windowSeconds }],
    now,
  );
  if (lookups! > IDENTIFIER_LOOKUPS.max) throw new RateLimitedError(secondsLeft(now, IDENTIFIER_LOOKUPS.windowSeconds));
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
