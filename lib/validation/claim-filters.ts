// The claims list's filters, sort and page as they live in the URL (bookmarkable, no JS needed).
// Read leniently by the page: an unreadable parameter is dropped and reported, the rest applies.
import { z } from "zod";
import {
  isoDate,
  many,
  one,
  pageNumber,
  pageSize,
  readParams,
  sortOf,
  toParams,
  yesNo,
  direction,
  type RawParams,
} from "./url-params";
import { ClaimStatus } from "@/lib/generated/prisma/enums";

export const CLAIM_PAGE_SIZES = [25, 50, 100] as const;
/** `priority`: green channel first, then the longest waiting (the service centre's queue). */
export const CLAIM_SORT_KEYS = ["priority", "reported", "changed", "amount", "claimNo"] as const;
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];
export const CLAIM_DEFAULT_DIRECTION: Record<ClaimSortKey, "asc" | "desc"> = {
  priority: "asc",
  reported: "desc",
  changed: "desc",
  amount: "desc",
  claimNo: "asc",
};
/** "Status changed within": the agent's Today page links to `changed=7d`. */
export const CHANGED_WITHIN = ["1d", "7d", "30d"] as const;
export const CHANGED_DAYS: Record<(typeof CHANGED_WITHIN)[number], number> = { "1d": 1, "7d": 7, "30d": 30 };
/** `open` = not yet paid, rejected or closed; `all` = either (the list opens on `open`). */
export const CLAIM_STATES = ["open", "done", "all"] as const;

export const claimFilterSchema = z
  .object({
    q: one(z.string().trim().max(40)),
    status: many(z.enum(ClaimStatus), 10),
    state: one(z.enum(CLAIM_STATES)),
    green: yesNo,
    /** A handler's id, `me` or `none` (no handler yet). */
    handler: one(z.union([z.uuid(), z.enum(["me", "none"])])),
    changed: one(z.enum(CHANGED_WITHIN)),
    from: isoDate,
    to: isoDate,
    sort: one(z.enum(CLAIM_SORT_KEYS)),
    dir: direction,
    page: pageNumber(),
    size: pageSize(CLAIM_PAGE_SIZES),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to before from" });

export type ClaimFilters = z.infer<typeof claimFilterSchema>;
export type { RawParams };

export function readClaimFilters(input: RawParams): { filters: ClaimFilters; invalid: string[] } {
  return readParams(claimFilterSchema, input);
}

export function claimSortOf(f: ClaimFilters) {
  return sortOf(f, "priority", CLAIM_DEFAULT_DIRECTION);
}

/** The filters back as URL parameters (only what is set and not default). */
export function claimFiltersToParams(f: ClaimFilters, opts: { paging?: boolean } = { paging: true }): URLSearchParams {
  const { key, dir } = claimSortOf(f);
  return toParams(
    { ...f, sort: key, dir },
    {
      paging: opts.paging,
      defaults: { sort: "priority", dir: CLAIM_DEFAULT_DIRECTION[key], size: CLAIM_PAGE_SIZES[0] },
    },
  );
}

export function activeClaimFilterCount(f: ClaimFilters): number {
  return (
    [f.q, f.state === "all" ? undefined : f.state, f.green, f.handler, f.changed, f.from, f.to].filter(
      (v) => v !== undefined,
    ).length + f.status.length
  );
}
