// The customer form's schema, shared by the client form (instant feedback), the server actions and
// lib/data (the authority, with the classification definitions and the stored ID). Custom messages
// are keys of `customerForm.errors`; the built-in checks fall back to the shared wording (errors.validation).
import { z } from "zod";
import { parseFieldValue, type FieldDefinition } from "@/lib/domain/custom-fields";
import { normalizeIdNumber, normalizeMobile } from "@/lib/domain/duplicates";
import { idNumberCheckChar, isValidMobile, parseIdNumber } from "@/lib/domain/identity";
import { shanghaiDate } from "@/lib/domain/dates";

export const CUSTOMER_KINDS = ["INDIVIDUAL", "CORPORATE", "GROUP", "HIGH_NET_WORTH"] as const;
export const GENDERS = ["MALE", "FEMALE"] as const;
export const MARITAL_STATUSES = ["SINGLE", "MARRIED", "DIVORCED", "WIDOWED"] as const;
export const PROSPECT_SOURCES = ["APPOINTMENT", "SERVICE_EVENT", "REFERRAL"] as const;

/** Plain text fields and their maximum length. */
const TEXT_FIELDS = {
  nativePlace: 60,
  education: 30,
  employer: 100,
  department: 60,
  workAddress: 200,
  position: 60,
  occupationType: 60,
  homeAddress: 200,
  lifeSituation: 1000,
} as const;

/** Every scalar form field, in the order FormData is read. */
export const CUSTOMER_FORM_FIELDS = [
  "kind",
  "name",
  "gender",
  "birthDate",
  "idNumber",
  "mobile",
  "email",
  "workPhone",
  "homePhone",
  "fax",
  "maritalStatus",
  "prospectSource",
  ...(Object.keys(TEXT_FIELDS) as (keyof typeof TEXT_FIELDS)[]),
] as const;

/** Why an 18-digit ID is wrong: shape, birth date inside it, or check character. */
export function idNumberError(id: string): string | null {
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return "idNumber.format";
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return "idNumber.checksum";
  if (!parseIdNumber(id)) return "idNumber.birthDate";
  return null;
}

// Absent (undefined) means "not submitted, keep the stored value"; "" (from the form) or null clears
// it. Accepting null as well lets lib/data validate again what the action has already parsed.
const blankToNull = (v: string | null) => (v === "" ? null : v);
const text = (max: number) => z.string().trim().max(max).nullable().transform(blankToNull).optional();
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(""), z.null(), z.enum(values, { error: "invalidOption" })], { error: "invalidOption" })
    .transform((v) => (v === "" ? null : v))
    .optional();

const idNumber = z
  .string()
  .nullable()
  .transform((v) => (v === null ? null : blankToNull(normalizeIdNumber(v))))
  .superRefine((v, ctx) => {
    const error = v === null ? null : idNumberError(v);
    if (error) ctx.addIssue({ code: "custom", message: error });
  })
  .optional();

const mobile = z
  .string()
  .nullable()
  .transform((v) => (v === null ? null : blankToNull(normalizeMobile(v))))
  .superRefine((v, ctx) => {
    if (v !== null && !isValidMobile(v)) ctx.addIssue({ code: "custom", message: "mobile.invalid" });
  })
  .optional();

/** Landline, fax or extension: digits with an optional area code and extension, 7–20 characters. */
const landline = z
  .string()
  .trim()
  .nullable()
  .transform(blankToNull)
  .superRefine((v, ctx) => {
    if (v !== null && !/^(\+?\d{1,4}[- ]?)?(\(?\d{2,4}\)?[- ]?)?\d{5,8}([- ]?(转|ext\.?|-)?\d{1,6})?$/.test(v))
      ctx.addIssue({ code: "custom", message: "phone.invalid" });
  })
  .optional();

const email = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .transform(blankToNull)
  .superRefine((v, ctx) => {
    if (v !== null && !z.email().safeParse(v).success) ctx.addIssue({ code: "custom", message: "email.invalid" });
  })
  .optional();

const birthDate = z
  .string()
  .trim()
  .nullable()
  .transform(blankToNull)
  .superRefine((v, ctx) => {
    if (v === null) return;
    const d = new Date(`${v}T00:00:00Z`);
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(v) ||
      Number.isNaN(d.getTime()) ||
      d.toISOString().slice(0, 10) !== v ||
      v < "1900-01-01"
    )
      ctx.addIssue({ code: "custom", message: "birthDate.invalid" });
    else if (v > shanghaiDate()) ctx.addIssue({ code: "custom", message: "birthDate.future" });
  })
  .optional();

export interface CustomerSchemaOptions {
  /**
   * Active classification fields the form may set. Without them (the action, before lib/data has
   * loaded the definitions) classification values pass through as submitted and are checked later.
   */
  fields?: readonly FieldDefinition[];
  /** Tag ids that exist. */
  tagIds?: ReadonlySet<string>;
  /** On edit, the stored 身份证号 (server only): checked against birth date and gender when kept. */
  storedIdNumber?: string | null;
}

export function customerSchema(opts: CustomerSchemaOptions = {}) {
  const fieldById = opts.fields && new Map(opts.fields.map((f) => [f.id, f]));
  const fieldValue = (fieldId: string, raw: string | null) => {
    if (raw === null) return { ok: true, value: null } as const;
    if (!fieldById) return { ok: true, value: raw } as const;
    const def = fieldById.get(fieldId);
    return def ? parseFieldValue(def, raw) : ({ ok: false, error: "option" } as const);
  };
  return z
    .object({
      kind: z.enum(CUSTOMER_KINDS, { error: "invalidOption" }),
      name: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(100),
      gender: choice(GENDERS),
      birthDate,
      idNumber,
      mobile,
      email,
      workPhone: landline,
      homePhone: landline,
      fax: landline,
      maritalStatus: choice(MARITAL_STATUSES),
      prospectSource: choice(PROSPECT_SOURCES),
      nativePlace: text(TEXT_FIELDS.nativePlace),
      education: text(TEXT_FIELDS.education),
      employer: text(TEXT_FIELDS.employer),
      department: text(TEXT_FIELDS.department),
      workAddress: text(TEXT_FIELDS.workAddress),
      position: text(TEXT_FIELDS.position),
      occupationType: text(TEXT_FIELDS.occupationType),
      homeAddress: text(TEXT_FIELDS.homeAddress),
      lifeSituation: text(TEXT_FIELDS.lifeSituation),
      tags: z.array(z.string()).max(50).default([]),
      fieldValues: z.record(z.string(), z.string().nullable()).default({}),
    })
    .superRefine((v, ctx) => {
      // Birth date and gender must agree with the ID number (submitted now, or kept from before).
      const id = v.idNumber !== undefined ? v.idNumber : (opts.storedIdNumber ?? null);
      const info = id ? parseIdNumber(id) : null;
      if (info) {
        if (v.birthDate && v.birthDate !== info.birthDate)
          ctx.addIssue({ code: "custom", path: ["birthDate"], message: "birthDate.mismatch" });
        if (v.gender && v.gender !== info.gender)
          ctx.addIssue({ code: "custom", path: ["gender"], message: "gender.mismatch" });
      }
      if (opts.tagIds && v.tags.some((t) => !opts.tagIds!.has(t)))
        ctx.addIssue({ code: "custom", path: ["tags"], message: "invalidOption" });
      for (const [fieldId, raw] of Object.entries(v.fieldValues)) {
        const parsed = fieldValue(fieldId, raw);
        if (!parsed.ok) ctx.addIssue({ code: "custom", path: [`cf.${fieldId}`], message: `field.${parsed.error}` });
      }
    })
    .transform((v) => {
      // A blank birth date or gender is taken from a valid ID number (submitted now, or kept).
      const id = v.idNumber !== undefined ? v.idNumber : (opts.storedIdNumber ?? null);
      const info = id ? parseIdNumber(id) : null;
      const fieldValues: Record<string, string | null> = {};
      for (const [fieldId, raw] of Object.entries(v.fieldValues)) {
        const parsed = fieldValue(fieldId, raw);
        if (parsed.ok) fieldValues[fieldId] = parsed.value;
      }
      return {
        ...v,
        birthDate: v.birthDate === null && info ? info.birthDate : v.birthDate,
        gender: v.gender === null && info ? info.gender : v.gender,
        tags: [...new Set(v.tags)],
        fieldValues,
      };
    });
}

/** What lib/data accepts: the form's values, or what a schema of this file made of them. */
export type CustomerValues = z.input<ReturnType<typeof customerSchema>>;
export type CustomerInput = z.output<ReturnType<typeof customerSchema>>;

/** Field errors (message keys) keyed by form field name ("cf.<fieldId>" for classification fields). */
export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

/** Fields of the form that are not part of the customer: the record, its version and confirmations. */
const FORM_META = ["id", "version", "orgUnitId", "confirmDuplicate"] as const;

/**
 * Reads the customer form (the actions' `fromForm`): an input missing from the form (an untouched
 * masked field) stays undefined; tags are always a list; "cf.<fieldId>" inputs become fieldValues.
 */
export function customerFormValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of [...CUSTOMER_FORM_FIELDS, ...FORM_META]) {
    const v = form.get(key);
    if (typeof v === "string") values[key] = v;
  }
  values.tags = form.getAll("tags").filter((t): t is string => typeof t === "string");
  const fieldValues: Record<string, string> = {};
  for (const [key, v] of form.entries())
    if (key.startsWith("cf.") && typeof v === "string") fieldValues[key.slice(3)] = v;
  values.fieldValues = fieldValues;
  return values;
}

/** "仍然保存": the user saw the duplicate warning and saves anyway. */
const confirmDuplicate = z
  .literal("1")
  .optional()
  .transform((v) => v === "1");

/**
 * The create action's input. Classification values are checked against their definitions (and tags
 * against the existing ones) by lib/data, which validates the customer again with them.
 */
export const customerCreateInput = z.intersection(
  customerSchema(),
  z.object({
    /** SERVICE / SERVICE_LEAD: the unit the new customer belongs to (checked against their subtree). */
    orgUnitId: z
      .union([z.literal(""), z.uuid({ error: "invalidOption" })], { error: "invalidOption" })
      .optional()
      .transform((v) => v || undefined),
    confirmDuplicate,
  }),
);

/** The edit action's input: the record and the version the form was read at (optimistic lock). */
export const customerUpdateInput = z.intersection(
  customerSchema(),
  z.object({ id: z.uuid(), version: z.coerce.number().int().positive(), confirmDuplicate }),
);
