// The one search box (SPEC §2): decides from the shape of the input which identifier the user
// typed, so the query can use the index that fits (btree for a complete identifier, pg_trgm GIN for
// a fragment) instead of OR-ing every column.
import { isValidMobile, isValidPlate, normalizePlate } from "./identity";

export type SearchField = "name" | "mobile" | "idNumber" | "customerNo" | "policyNo" | "vehiclePlate";

/** exact: `=` (btree); prefix: `LIKE 'x%'`; contains: `LIKE '%x%'` (trigram index, ≥ 3 characters). */
export type MatchMode = "exact" | "prefix" | "contains";

export type SearchProbe = { field: SearchField; mode: MatchMode; value: string };

export type SearchKind = "mobile" | "idNumber" | "digits" | "plate" | "policyNo" | "name";

export type SearchPlan =
  | { kind: "tooShort" }
  | {
      kind: SearchKind;
      /** Complete identifiers: tried first; when they find something, the partial probes are skipped. */
      exact: SearchProbe[];
      /** Fragments, in order of priority. */
      partial: SearchProbe[];
    };

/** Minimum lengths below which a fragment matches too much of a 1.1 M-customer book to be useful. */
export const MIN_TEXT_LENGTH = 2;
export const MIN_DIGITS = 4;
export const MAX_QUERY_LENGTH = 50;

const PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
const PLATE_START = new RegExp(`^[${PROVINCE_ABBR}][A-Z]`);

/** Removes LIKE wildcards and the escape character: identifiers and names never contain them. */
function stripWildcards(s: string): string {
  return s.replace(/[%_\\]/g, "");
}

export function classifySearchInput(raw: string): SearchPlan {
  const text = stripWildcards(raw.normalize("NFKC").trim().replace(/\s+/g, " ")).slice(0, MAX_QUERY_LENGTH);
  const compact = normalizePlate(text);

  if (/^\d+$/.test(compact)) return digitsPlan(compact);
  if (/^\d{5,17}X$/.test(compact)) {
    if (compact.length === 18) return { kind: "idNumber", exact: [probe("idNumber", "exact", compact)], partial: [] };
    return { kind: "idNumber", exact: [], partial: [probe("idNumber", "contains", compact)] };
  }
  if (PLATE_START.test(compact) && compact.length <= 8) return platePlan(compact);
  if (/^[A-Z0-9]+$/.test(compact) && /\d/.test(compact) && /[A-Z]/.test(compact)) return codePlan(compact);
  return namePlan(text);
}

function probe(field: SearchField, mode: MatchMode, value: string): SearchProbe {
  return { field, mode, value };
}

function digitsPlan(digits: string): SearchPlan {
  if (digits.length === 11 && isValidMobile(digits))
    // An 11-digit number that is no one's mobile may still be part of an ID number.
    return {
      kind: "mobile",
      exact: [probe("mobile", "exact", digits)],
      partial: [probe("idNumber", "contains", digits)],
    };
  if (digits.length === 18) return { kind: "idNumber", exact: [probe("idNumber", "exact", digits)], partial: [] };
  if (digits.length < MIN_DIGITS) return { kind: "tooShort" };
  return {
    kind: "digits",
    exact: [],
    partial: [probe("mobile", "contains", digits), probe("idNumber", "contains", digits)],
  };
}

function platePlan(plate: string): SearchPlan {
  // A full plate: the btree index; else the plate as typed from its start (province first).
  if (isValidPlate(plate))
    return {
      kind: "plate",
      exact: [probe("vehiclePlate", "exact", plate)],
      partial: [probe("vehiclePlate", "prefix", plate)],
    };
  return { kind: "plate", exact: [], partial: [probe("vehiclePlate", "prefix", plate)] };
}

/** Letters and digits without a province character: a policy number, a customer number or a plate without its province. */
function codePlan(code: string): SearchPlan {
  if (code.length < 3) return { kind: "tooShort" };
  const exact = code.length >= 8 ? [probe("policyNo", "exact", code), probe("customerNo", "exact", code)] : [];
  const partial: SearchProbe[] = [probe("policyNo", "contains", code)];
  // Serials after the province: 5 (ordinary) or 6 (new-energy) characters, plus the authority letter.
  if (code.length <= 7) partial.push(probe("vehiclePlate", "contains", code));
  return { kind: "policyNo", exact, partial };
}

function namePlan(name: string): SearchPlan {
  if ([...name].length < MIN_TEXT_LENGTH) return { kind: "tooShort" };
  // Trigrams need three characters inside the text; a two-character Chinese name (surname + given
  // name) is matched from its start, which the padded trigrams of the index still serve.
  const mode: MatchMode = [...name].length >= 3 ? "contains" : "prefix";
  // The exact name goes first (btree): among many partial matches the namesake is never crowded out.
  return { kind: "name", exact: [], partial: [probe("name", "exact", name), probe("name", mode, name)] };
}

const MASKED_FIELDS: ReadonlySet<SearchField> = new Set(["mobile", "idNumber"]);

/**
 * Fragments of a masked identifier are an oracle: probing 1380, 1381 … against the visible digits of
 * 138****5678 rebuilds the number without a reveal. Viewers who may not reveal (MANAGER) therefore
 * search mobiles and ID numbers only by the complete value.
 */
export function planForViewer(plan: SearchPlan, mayReveal: boolean): SearchPlan {
  if (mayReveal || plan.kind === "tooShort") return plan;
  const partial = plan.partial.filter((p) => !MASKED_FIELDS.has(p.field));
  if (plan.exact.length === 0 && partial.length === 0) return { kind: "tooShort" };
  return { ...plan, partial };
}
