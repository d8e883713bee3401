// The list kit's URL half: filters, sort and page live in the query string (bookmarkable, shareable,
// no JavaScript needed). Each list declares its parameters once with these builders; reading is
// lenient (an unreadable parameter — an old bookmark — is dropped and reported, the rest applies).
import { z } from "zod";

export type RawParams = Record<string, string | string[] | undefined>;
export type Direction = "asc" | "desc";

const firstValue = (v: unknown) => {
  const x = Array.isArray(v) ? v[0] : v;
  return x === "" ? undefined : x;
};

/** One value; blank means "any". */
export const one = <T extends z.ZodType>(item: T) => z.preprocess(firstValue, item.optional());

/** Any number of values (repeated parameter); blanks are ignored. */
export const many = <T extends z.ZodType>(item: T, max = 20) =>
  z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
    z.array(item).max(max),
  );

export const yesNo = one(z.enum(["yes", "no"]));
export const direction = one(z.enum(["asc", "desc"]));
export const pageNumber = (max = 100_000) => one(z.coerce.number().int().min(1).max(max));
export const pageSize = <const S extends readonly [number, ...number[]]>(sizes: S) =>
  one(z.coerce.number().pipe(z.literal(sizes)));
export const isoDate = one(z.iso.date());

function toRecord(input: RawParams | URLSearchParams): Record<string, unknown> {
  if (!(input instanceof URLSearchParams)) return { ...input };
  return Object.fromEntries([...new Set(input.keys())].map((k) => [k, input.getAll(k)]));
}

/**
 * Lenient read: parameters that do not validate are dropped and named in `invalid`; `also` names
 * parameters that go with a dropped one (a custom range's other end).
 */
export function readParams<S extends z.ZodType>(
  schema: S,
  input: RawParams | URLSearchParams,
  also: (dropped: string) => string[] = () => [],
): { filters: z.output<S>; invalid: string[] } {
  const raw = toRecord(input);
  const invalid: string[] = [];
  for (let round = 0; round < 10; round++) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { filters: parsed.data, invalid };
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === undefined) continue;
      const name = String(key);
      if (!invalid.includes(name)) invalid.push(name);
      for (const k of [name, ...also(name)]) delete raw[k];
    }
  }
  return { filters: schema.parse({}), invalid };
}

/** Strict read (exports refuse a URL they cannot read instead of guessing). */
export function parseParams<S extends z.ZodType>(schema: S, input: RawParams | URLSearchParams) {
  return schema.safeParse(toRecord(input));
}

type Value = string | number | undefined | null | readonly (string | number)[];

/**
 * Values back to URL parameters: only what is set and differs from `defaults` (short URLs);
 * `paging: false` leaves out page and size (links that start a new list, exports).
 */
export function toParams(
  values: Record<string, Value>,
  opts: { defaults?: Record<string, Value>; paging?: boolean } = {},
): URLSearchParams {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (opts.paging === false && (key === "page" || key === "size")) continue;
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    if (opts.defaults && opts.defaults[key] === value) continue;
    if (Array.isArray(value)) for (const v of value) p.append(key, String(v));
    else p.append(key, String(value));
  }
  return p;
}

/** The effective sort of a list: the chosen key (or the default) and its direction. */
export function sortOf<K extends string>(
  filters: { sort?: K; dir?: Direction },
  fallback: K,
  defaultDirection: Record<K, Direction>,
): { key: K; dir: Direction } {
  const key = filters.sort ?? fallback;
  return { key, dir: filters.dir ?? defaultDirection[key] };
}
