// §2 个性化客户分类: values of ADMIN-defined classification fields are stored as text and checked
// against the field's type here, so the form, the action and the list filter agree on one format.

export type FieldType = "TEXT" | "NUMBER" | "BOOLEAN" | "SELECT" | "DATE";

export interface FieldDefinition {
  id: string;
  key: string;
  type: FieldType;
  options: readonly string[];
}

export const FIELD_TEXT_MAX = 200;

/** Error codes; the UI translates them (customerForm.errors.field.<code>). */
export type FieldValueError = "tooLong" | "number" | "boolean" | "option" | "date";

export type FieldValueResult = { ok: true; value: string | null } | { ok: false; error: FieldValueError };

function isIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * The stored form of a submitted value: null (blank) clears the field; numbers are normalized
 * ("007.50" → "7.5"), booleans are "true" / "false", dates YYYY-MM-DD, SELECT one of the options.
 */
export function parseFieldValue(def: Pick<FieldDefinition, "type" | "options">, raw: string): FieldValueResult {
  const v = raw.trim();
  if (v === "") return { ok: true, value: null };
  switch (def.type) {
    case "TEXT":
      return v.length > FIELD_TEXT_MAX ? { ok: false, error: "tooLong" } : { ok: true, value: v };
    case "NUMBER": {
      if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(v)) return { ok: false, error: "number" };
      const n = Number(v);
      return Number.isFinite(n) ? { ok: true, value: String(n) } : { ok: false, error: "number" };
    }
    case "BOOLEAN":
      return v === "true" || v === "false" ? { ok: true, value: v } : { ok: false, error: "boolean" };
    case "SELECT":
      return def.options.includes(v) ? { ok: true, value: v } : { ok: false, error: "option" };
    case "DATE":
      return isIsoDate(v) ? { ok: true, value: v } : { ok: false, error: "date" };
  }
}

/** ADMIN field keys: a lower-case letter, then letters, digits or underscores (used in list URLs). */
export const FIELD_KEY_PATTERN = /^[a-z][a-zA-Z0-9_]{1,39}$/;

/** SELECT options from a textarea or comma list: trimmed, blanks and repeats dropped, order kept. */
export function parseOptions(raw: string): string[] {
  const seen = new Set<string>();
  for (const part of raw.split(/[\n,，、]/)) {
    const o = part.trim();
    if (o) seen.add(o);
  }
  return [...seen];
}
