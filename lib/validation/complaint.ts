// Complaint forms: the registration (投诉登记表) and one schema per workflow step (核实表, 转接表,
// 处理表 …), shared by the forms and the server actions. Error messages are keys of `complaints.errors`.
import { z } from "zod";
import { ComplaintCategory, ComplaintChannel, ComplaintStatus, Severity } from "@/lib/generated/prisma/enums";
import { WORKFLOW_STEPS } from "@/lib/domain/complaint-workflow";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, { error: "tooLong" }).optional());
const requiredText = (min: number, max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .min(min, { error: "tooShort" })
    .max(max, { error: "tooLong" });
const optionalUuid = z.preprocess(blankToUndefined, z.uuid({ error: "invalidOption" }).optional());
const yesNo = z.enum(["yes", "no"], { error: "invalidOption" });

/** A datetime-local value ("2026-06-16T08:30") read as Asia/Shanghai time. */
const shanghaiLocal = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "invalidDate" })
  .transform((v) => new Date(`${v}:00+08:00`))
  .refine((d) => !Number.isNaN(d.getTime()), { error: "invalidDate" });

export const MAX_BACKDATE_DAYS = 30;

export const registerComplaintSchema = z
  .object({
    customerId: z.uuid({ error: "required" }),
    policyId: optionalUuid,
    claimId: optionalUuid,
    channel: z.enum(ComplaintChannel, { error: "required" }),
    category: z.enum(ComplaintCategory, { error: "required" }),
    severity: z.enum(Severity, { error: "required" }),
    description: requiredText(5, 2000),
    customerRequest: optionalText(1000),
    receivedAt: z.preprocess(blankToUndefined, shanghaiLocal.optional()),
    confirmDuplicate: z.preprocess(blankToUndefined, z.literal("1").optional()),
  })
  .superRefine((v, ctx) => {
    // Runs even when a field failed (zod 4): only judge a time that parsed.
    if (!(v.receivedAt instanceof Date) || Number.isNaN(v.receivedAt.getTime())) return;
    const now = Date.now();
    if (v.receivedAt.getTime() > now + 60_000)
      ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "inFuture" });
    if (v.receivedAt.getTime() < now - MAX_BACKDATE_DAYS * 86_400_000)
      ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "tooOld" });
  });
export type RegisterComplaintInput = z.infer<typeof registerComplaintSchema>;

export const FEEDBACK_METHODS = ["PHONE", "SMS", "WECHAT", "ON_SITE", "LETTER"] as const;
export const VERIFY_FINDINGS = ["VALID", "PARTLY_VALID", "INVALID"] as const;

/** The form of each step, stored as ComplaintEvent.data. */
export const stepDataSchemas = {
  /** 投诉情况核实表 */
  VERIFY: z.object({
    facts: requiredText(5, 2000),
    contactedWith: optionalText(100),
    finding: z.enum(VERIFY_FINDINGS, { error: "required" }),
  }),
  /** 登记: the classification confirmed (or corrected) after verification. */
  REGISTER: z.object({
    category: z.enum(ComplaintCategory, { error: "required" }),
    severity: z.enum(Severity, { error: "required" }),
    note: optionalText(1000),
  }),
  /** 投诉转接表 */
  TRANSFER: z.object({
    department: requiredText(2, 60),
    personId: optionalUuid,
    personName: optionalText(60),
    reason: optionalText(1000),
  }),
  COORDINATE: z.object({
    parties: requiredText(2, 200),
    outcome: requiredText(2, 2000),
  }),
  /** 投诉处理表 */
  HANDLE: z.object({
    resolution: requiredText(5, 2000),
    rootCause: requiredText(2, 1000),
    compensation: optionalText(200),
  }),
  FEEDBACK: z.object({
    method: z.enum(FEEDBACK_METHODS, { error: "required" }),
    customerAccepted: yesNo,
    customerResponse: optionalText(1000),
  }),
  CLOSE: z.object({
    summary: requiredText(2, 1000),
  }),
  REOPEN: z.object({
    reason: requiredText(2, 1000),
  }),
} as const;

export type StepName = (typeof WORKFLOW_STEPS)[number];
export type StepData<S extends StepName> = z.infer<(typeof stepDataSchemas)[S]>;

/** The hidden fields of every step form: which complaint, which step, from which status (optimistic check). */
export const stepEnvelopeSchema = z.object({
  complaintId: z.uuid(),
  step: z.enum(WORKFLOW_STEPS),
  expectedStatus: z.enum(ComplaintStatus),
  note: optionalText(1000),
});

export const assignSchema = z.object({ complaintId: z.uuid(), ownerId: z.uuid({ error: "required" }) });
export const escalateSchema = z.object({ complaintId: z.uuid(), reason: requiredText(2, 500) });
export const commentSchema = z.object({ complaintId: z.uuid(), note: requiredText(1, 1000) });

export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}

export type ComplaintFormState =
  | { status: "idle" }
  | { status: "invalid"; errors: FieldErrors }
  | {
      status: "duplicate";
      duplicates: { id: string; complaintNo: string; status: ComplaintStatus; receivedAt: string }[];
    }
  | {
      status: "refused";
      reason: "illegalTransition" | "reopenWindowClosed" | "conflict" | "notFound" | "forbidden" | "generic";
    }
  | { status: "ok" };

export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}
