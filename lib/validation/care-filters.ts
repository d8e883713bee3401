// The care lists' parameters as they live in the URL: which list (birthdays or a holiday), the date
// range or holiday, club membership, VIP tier, agent, sort and page. One schema for the page and
// the export route.
import { z } from "zod";
import {
  direction,
  isoDate,
  many,
  one,
  pageNumber,
  pageSize,
  parseParams,
  readParams,
  toParams,
  yesNo,
  type RawParams,
} from "./url-params";
import { VipTier } from "@/lib/generated/prisma/enums";
import { CARE_RANGES, HOLIDAY_YEARS, HOLIDAYS, validRange } from "@/lib/domain/care-dates";

export const CARE_PAGE_SIZES = [25, 50, 100] as const;
export const CARE_SORT_KEYS = ["date", "vip", "name"] as const;
export type CareSortKey = (typeof CARE_SORT_KEYS)[number];
export const CARE_LISTS = ["birthday", "holiday"] as const;

export const careFilterSchema = z
  .object({
    list: one(z.enum(CARE_LISTS)),
    range: one(z.enum(CARE_RANGES)),
    from: isoDate,
    to: isoDate,
    holiday: one(z.enum(HOLIDAYS)),
    year: one(
      z.coerce
        .number()
        .int()
        .min(HOLIDAY_YEARS[0])
        .max(HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1]!),
    ),
    club: yesNo,
    vip: many(z.enum(VipTier), 10),
    agent: one(z.uuid()),
    sort: one(z.enum(CARE_SORT_KEYS)),
    dir: direction,
    page: pageNumber(),
    size: pageSize(CARE_PAGE_SIZES),
  })
  .refine((f) => f.range !== "custom" || (f.from !== undefined && f.to !== undefined), {
    path: ["from"],
    message: "custom range needs from and to",
  })
  .refine((f) => f.range !== "custom" || !f.from || !f.to || validRange({ from: f.from, to: f.to }), {
    path: ["to"],
    message: "range too long or backwards",
  });

export type CareFilters = z.infer<typeof careFilterSchema>;
export type { RawParams };

/** Strict parse (the export refuses a URL it cannot read). */
export function parseCareFilters(input: RawParams | URLSearchParams) {
  return parseParams(careFilterSchema, input);
}

/** Lenient parse for the page: unreadable parameters are dropped and reported (a bad end drops the range). */
export function readCareFilters(input: RawParams): { filters: CareFilters; invalid: string[] } {
  return readParams(careFilterSchema, input, (k) => (k === "from" || k === "to" ? ["range", "from", "to"] : []));
}

export function careSortOf(f: CareFilters): { key: CareSortKey; dir: "asc" | "desc" } {
  const key = f.sort ?? (f.list === "holiday" ? "vip" : "date");
  return { key, dir: f.dir ?? (key === "vip" ? "desc" : "asc") };
}

export function careFiltersToParams(f: CareFilters, opts: { paging?: boolean } = { paging: true }): URLSearchParams {
  const holiday = f.list === "holiday";
  return toParams(
    {
      list: f.list,
      holiday: holiday ? f.holiday : undefined,
      year: holiday ? f.year : undefined,
      range: holiday ? undefined : f.range,
      from: !holiday && f.range === "custom" ? f.from : undefined,
      to: !holiday && f.range === "custom" ? f.to : undefined,
      club: f.club,
      vip: f.vip,
      agent: f.agent,
      sort: f.sort,
      dir: f.dir,
      size: f.size,
      page: f.page,
    },
    { paging: opts.paging, defaults: { size: CARE_PAGE_SIZES[0] } },
  );
}
