// The customer list's filters, sort and page as they live in the URL (bookmarkable, no JS needed):
// one schema for the list page and the export route, so both read the same filters the same way.
import { z } from "zod";
import { direction, many, one as single, pageNumber, yesNo, type RawParams } from "./url-params";
import {
  AbilityWillQuadrant,
  ActivityStatus,
  Channel,
  CustomerKind,
  LifecycleStage,
  SatLoyaltyQuadrant,
  Touchpoint,
  VipTier,
} from "@/lib/generated/prisma/enums";

export const PAGE_SIZES = [25, 50, 100] as const;
export const SORT_KEYS = ["customerNo", "name", "premium", "lastPurchase", "created"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** Each sort key's natural direction (premium and dates: highest / newest first). */
export const DEFAULT_DIRECTION: Record<SortKey, "asc" | "desc"> = {
  customerNo: "asc",
  name: "asc",
  premium: "desc",
  lastPurchase: "desc",
  created: "desc",
};

/** Custom classification field keys as ADMIN defines them (`field.<key>=<value>` in the URL). */
const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const FIELD_PREFIX = "field.";

export const customerFilterSchema = z.object({
  q: single(z.string().trim().max(50)),
  kind: many(z.enum(CustomerKind)),
  insured: yesNo,
  channel: many(z.enum(Channel)),
  orphan: yesNo,
  contactable: yesNo,
  /** §6 club membership (lib/domain/club.ts). */
  club: yesNo,
  activity: many(z.enum(ActivityStatus)),
  touchpoint: many(z.enum(Touchpoint)),
  lifecycle: many(z.enum(LifecycleStage)),
  vip: many(z.enum(VipTier)),
  tenure: single(z.enum(["new", "long"])),
  satLoyalty: many(z.enum(SatLoyaltyQuadrant)),
  abilityWill: many(z.enum(AbilityWillQuadrant)),
  tag: many(z.uuid()),
  orgUnit: single(z.uuid()),
  agent: single(z.uuid()),
  fields: z.record(z.string().regex(FIELD_KEY), z.string().trim().min(1).max(100)).default({}),
  sort: single(z.enum(SORT_KEYS)),
  dir: direction,
  // Deeper pages would be OFFSETs of millions of rows; filters narrow a list faster than paging.
  page: pageNumber(1_000),
  size: single(z.coerce.number().pipe(z.literal(PAGE_SIZES))),
});

export type CustomerFilters = z.infer<typeof customerFilterSchema>;
export type { RawParams };

/** Next's searchParams or a URLSearchParams, as one record; `field.<key>` params are gathered. */
export function toRawFilters(input: RawParams | URLSearchParams): Record<string, unknown> {
  const entries: [string, string | string[] | undefined][] =
    input instanceof URLSearchParams
      ? [...new Set(input.keys())].map((k) => [k, input.getAll(k)])
      : Object.entries(input);
  const raw: Record<string, unknown> = {};
  const fields: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (key.startsWith(FIELD_PREFIX)) {
      const v = Array.isArray(value) ? value[0] : value;
      if (v) fields[key.slice(FIELD_PREFIX.length)] = v;
    } else raw[key] = value;
  }
  raw.fields = fields;
  return raw;
}

const EMPTY: CustomerFilters = customerFilterSchema.parse({});

/**
 * Strict parse (the export route refuses a URL it cannot read). `issues` lists the offending
 * parameters so the caller can say which.
 */
export function parseCustomerFilters(input: RawParams | URLSearchParams) {
  return customerFilterSchema.safeParse(toRawFilters(input));
}

/**
 * Lenient parse for the list page: a parameter that does not validate (an old bookmark, a tag that
 * no longer exists in that form) is dropped and reported, the rest still applies.
 */
export function readCustomerFilters(input: RawParams | URLSearchParams): {
  filters: CustomerFilters;
  invalid: string[];
} {
  const raw = toRawFilters(input);
  const first = customerFilterSchema.safeParse(raw);
  if (first.success) return { filters: first.data, invalid: [] };
  const invalid = new Set<string>();
  for (const issue of first.error.issues) {
    const [key, sub] = issue.path;
    if (key === "fields" && typeof sub === "string") {
      invalid.add(`${FIELD_PREFIX}${sub}`);
      delete (raw.fields as Record<string, string>)[sub];
    } else if (key !== undefined) {
      invalid.add(String(key));
      delete raw[String(key)];
    }
  }
  const second = customerFilterSchema.safeParse(raw);
  return { filters: second.success ? second.data : EMPTY, invalid: [...invalid] };
}

export function sortOf(filters: CustomerFilters): { key: SortKey; dir: "asc" | "desc" } {
  const key = filters.sort ?? "customerNo";
  return { key, dir: filters.dir ?? DEFAULT_DIRECTION[key] };
}

/** The filters back as URL parameters (only what is set), e.g. for paging, sorting and export links. */
export function filtersToSearchParams(
  filters: CustomerFilters,
  opts: { paging?: boolean } = { paging: true },
): URLSearchParams {
  const p = new URLSearchParams();
  const put = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") p.append(key, String(value));
  };
  for (const [key, value] of Object.entries(filters)) {
    if (key === "fields" || key === "page" || key === "size" || key === "sort" || key === "dir") continue;
    if (Array.isArray(value)) for (const v of value) put(key, v);
    else put(key, value as string | undefined);
  }
  for (const [key, value] of Object.entries(filters.fields)) put(`${FIELD_PREFIX}${key}`, value);
  put("sort", filters.sort);
  put("dir", filters.dir);
  if (opts.paging) {
    put("size", filters.size);
    put("page", filters.page);
  }
  return p;
}

/** How many filters are set (sort and paging excluded): drives the "clear all" link. */
export function activeFilterCount(filters: CustomerFilters): number {
  const p = filtersToSearchParams({ ...filters, sort: undefined, dir: undefined }, { paging: false });
  return [...p.keys()].length;
}

/** Drops sort, direction and page size when they are the defaults, so URLs stay short. */
export function canonicalFilters(filters: CustomerFilters): CustomerFilters {
  const { key, dir } = sortOf(filters);
  return {
    ...filters,
    sort: key === "customerNo" ? undefined : key,
    dir: dir === DEFAULT_DIRECTION[key] ? undefined : dir,
    size: filters.size === PAGE_SIZES[0] ? undefined : filters.size,
    page: filters.page === 1 ? undefined : filters.page,
  };
}

/** At most this many rows per export (said next to the export buttons). */
export const EXPORT_CAP = 100_000;
