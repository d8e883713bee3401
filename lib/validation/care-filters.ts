// The care lists' parameters as they live in the URL: which list (birthdays or a holiday), the date
// range or holiday, club membership, VIP tier, agent, sort and page. One schema for the page and
// the export route.
import { z } from "zod";
import { VipTier } from "@/lib/generated/prisma/enums";
import { CARE_RANGES, HOLIDAY_YEARS, HOLIDAYS, validRange } from "@/lib/domain/care-dates";

export const CARE_PAGE_SIZES = [25, 50, 100] as const;
export const CARE_SORT_KEYS = ["date", "vip", "name"] as const;
export type CareSortKey = (typeof CARE_SORT_KEYS)[number];
export const CARE_LISTS = ["birthday", "holiday"] as const;

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

export const careFilterSchema = z
  .object({
    list: single(z.enum(CARE_LISTS)),
    range: single(z.enum(CARE_RANGES)),
    from: single(z.iso.date()),
    to: single(z.iso.date()),
    holiday: single(z.enum(HOLIDAYS)),
    year: single(
      z.coerce
        .number()
        .int()
        .min(HOLIDAY_YEARS[0])
        .max(HOLIDAY_YEARS[HOLIDAY_YEARS.length - 1]!),
    ),
    club: single(z.enum(["yes", "no"])),
    vip: list(z.enum(VipTier)),
    agent: single(z.uuid()),
    sort: single(z.enum(CARE_SORT_KEYS)),
    dir: single(z.enum(["asc", "desc"])),
    page: single(z.coerce.number().int().min(1).max(100_000)),
    size: single(z.coerce.number().pipe(z.literal(CARE_PAGE_SIZES))),
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
export type RawParams = Record<string, string | string[] | undefined>;

function toRecord(input: RawParams | URLSearchParams): Record<string, unknown> {
  if (!(input instanceof URLSearchParams)) return { ...input };
  return Object.fromEntries([...new Set(input.keys())].map((k) => [k, input.getAll(k)]));
}

/** Strict parse (the export refuses a URL it cannot read). */
export function parseCareFilters(input: RawParams | URLSearchParams) {
  return careFilterSchema.safeParse(toRecord(input));
}

/** Lenient parse for the page: unreadable parameters are dropped and reported. */
export function readCareFilters(input: RawParams): { filters: CareFilters; invalid: string[] } {
  const raw = toRecord(input);
  const parsed = careFilterSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, invalid: [] };
  const invalid = new Set<string>();
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (key === undefined) continue;
    invalid.add(String(key));
    delete raw[String(key)];
    // A broken custom range falls back to the default range as a whole.
    if (key === "from" || key === "to") for (const k of ["range", "from", "to"]) delete raw[k];
  }
  const second = careFilterSchema.safeParse(raw);
  return { filters: second.success ? second.data : careFilterSchema.parse({}), invalid: [...invalid] };
}

export function careSortOf(f: CareFilters): { key: CareSortKey; dir: "asc" | "desc" } {
  const key = f.sort ?? (f.list === "holiday" ? "vip" : "date");
  return { key, dir: f.dir ?? (key === "vip" ? "desc" : "asc") };
}

export function careFiltersToParams(f: CareFilters, opts: { paging?: boolean } = { paging: true }): URLSearchParams {
  const p = new URLSearchParams();
  const put = (k: string, v: string | number | undefined) => {
    if (v !== undefined && v !== "") p.append(k, String(v));
  };
  put("list", f.list);
  if (f.list === "holiday") {
    put("holiday", f.holiday);
    put("year", f.year);
  } else {
    put("range", f.range);
    if (f.range === "custom") {
      put("from", f.from);
      put("to", f.to);
    }
  }
  put("club", f.club);
  for (const v of f.vip) put("vip", v);
  put("agent", f.agent);
  put("sort", f.sort);
  put("dir", f.dir);
  if (opts.paging) {
    if (f.size && f.size !== CARE_PAGE_SIZES[0]) put("size", f.size);
    if (f.page && f.page > 1) put("page", f.page);
  }
  return p;
}
