// Localized messages for refusals and field errors. A feature names its own wording in its
// namespace's `errors.*`; what it does not name falls back to the shared `errors` namespace.
import type { z } from "zod";

/** The part of next-intl's translator the action chain uses. */
export type Translator = {
  (key: string, params?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const KEY = /^[A-Za-z][\w.]*$/;
/** Keys whose shared wording states the limit ("最多 50 个字"); preferred when the limit is known. */
const GENERIC = new Set([
  "required",
  "tooLong",
  "tooShort",
  "tooFew",
  "tooMany",
  "tooSmall",
  "tooLarge",
  "invalidOption",
  "invalidFormat",
  "invalid",
]);

export function refusalMessage(
  t: Translator,
  shared: Translator,
  key: string,
  params?: Record<string, string | number>,
): string {
  if (!KEY.test(key)) return shared("generic");
  if (params && GENERIC.has(key) && shared.has(`validation.${key}`)) return shared(`validation.${key}`, params);
  if (t.has(`errors.${key}`)) return t(`errors.${key}`, params);
  if (shared.has(key)) return shared(key, params);
  if (shared.has(`validation.${key}`)) return shared(`validation.${key}`, params);
  return shared("generic");
}

type Issue = z.core.$ZodIssue;

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/** The message key and ICU arguments of one zod issue. */
export function issueKey(issue: Issue, raw: unknown): { key: string; params?: Record<string, string | number> } {
  // A schema that names its own message key ({ message: "idNumber.checksum" }) is taken at its word.
  if (KEY.test(issue.message)) return { key: issue.message };
  const value = valueAt(raw, issue.path);
  const empty = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  switch (issue.code) {
    case "invalid_type":
      return { key: empty ? "required" : "invalid" };
    case "too_small":
      if (empty) return { key: "required" };
      if (issue.origin === "string") return { key: "tooShort", params: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { key: "tooFew", params: { min: Number(issue.minimum) } };
      return { key: "tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set")
        return { key: "tooMany", params: { max: Number(issue.maximum) } };
      return { key: "tooLarge", params: { max: Number(issue.maximum) } };
    case "invalid_value":
      return { key: empty ? "required" : "invalidOption" };
    case "invalid_format":
      return { key: empty ? "required" : "invalidFormat" };
    default:
      return { key: empty ? "required" : "invalid" };
  }
}

/** One localized message per field (the first issue of each), keyed by the field's top-level name. */
export function fieldMessages(
  t: Translator,
  shared: Translator,
  issues: readonly Issue[],
  raw: unknown,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    if (out[field]) continue;
    const { key, params } = issueKey(issue, raw);
    out[field] = refusalMessage(t, shared, key, params);
  }
  return out;
}
