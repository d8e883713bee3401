// The claims list's filters, sort and page as they live in the URL (bookmarkable, no JS needed).
// Read leniently by the page: an unreadable parameter is dropped and reported, the rest applies.
import { z } from "zod";
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

const isoDate = z.iso.date();

const first = (v: unknown) => {
  const x = Array.isArray(v) ? v[0] : v;
  return x === "" ? undefined : x;
};
const single = <T extends z.ZodType>(item: T) => z.preprocess(first, item.optional());
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
    z.array(item).max(10),
  );

export const claimFilterSchema = z
  .object({
    q: single(z.string().trim().max(40)),
    status: list(z.enum(ClaimStatus)),
    state: single(z.enum(CLAIM_STATES)),
    green: single(z.enum(["yes", "no"])),
    /** A handler's id, `me` or `none` (no handler yet). */
    handler: single(z.union([z.uuid(), z.enum(["me", "none"])])),
    changed: single(z.enum(CHANGED_WITHIN)),
    from: single(isoDate),
    to: single(isoDate),
    sort: single(z.enum(CLAIM_SORT_KEYS)),
    dir: single(z.enum(["asc", "desc"])),
    page: single(z.coerce.number().int().min(1).max(100_000)),
    size: single(z.coerce.number().pipe(z.literal(CLAIM_PAGE_SIZES))),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to before from" });

export type ClaimFilters = z.infer<typeof claimFilterSchema>;
export type RawParams = Record<string, string | string[] | undefined>;

const EMPTY: ClaimFilters = claimFilterSchema.parse({});

export function readClaimFilters(input: RawParams): { filters: ClaimFilters; invalid: string[] } {
  const raw: Record<string, unknown> = { ...input };
  const parsed = claimFilterSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, invalid: [] };
  const invalid = new Set<string>();
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (key !== undefined) {
      invalid.add(String(key));
      delete raw[String(key)];
    }
  }
  const second = claimFilterSchema.safeParse(raw);
  return { filters: second.success ? second.data : EMPTY, invalid: [...invalid] };
}

export function claimSortOf(f: ClaimFilters): { key: ClaimSortKey; dir: "asc" | "desc" } {
  const key = f.sort ?? "priority";
  return { key, dir: f.dir ?? CLAIM_DEFAULT_DIRECTION[key] };
}

/** The filters back as URL parameters (only what is set and not default). */
export function claimFiltersToParams(f: ClaimFilters, opts: { paging?: boolean } = { paging: true }): URLSearchParams {
  const p = new URLSearchParams();
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") p.append(k, String(v));
  };
  put("q", f.q);
  for (const s of f.status) put("status", s);
  put("state", f.state);
  put("green", f.green);
  put("handler", f.handler);
  put("changed", f.changed);
  put("from", f.from);
  put("to", f.to);
  const { key, dir } = claimSortOf(f);
  if (key !== "priority") put("sort", key);
  if (dir !== CLAIM_DEFAULT_DIRECTION[key]) put("dir", dir);
  if (opts.paging) {
    if (f.size && f.size !== CLAIM_PAGE_SIZES[0]) put("size", f.size);
    if (f.page && f.page > 1) put("page", f.page);
  }
  return p;
}

export function activeClaimFilterCount(f: ClaimFilters): number {
  return (
    [f.q, f.state === "all" ? undefined : f.state, f.green, f.handler, f.changed, f.from, f.to].filter(
      (v) => v !== undefined,
    ).length + f.status.length
  );
}
