// Complaint forms: the registration (投诉登记表) and one schema per workflow step (核实表, 转接表,
// 处理表 …), shared by the forms, the server actions and lib/data. A message is a key of `complaints.errors`
// (or the shared `errors.validation`); length limits use zod's own checks, so the shared wording can state
// the limit ("最多 1000 个字"). Every schema accepts its own output, so lib/data may validate again.
import { z } from "zod";
import { ComplaintCategory, ComplaintChannel, ComplaintStatus, Severity } from "@/lib/generated/prisma/enums";
import { WORKFLOW_STEPS } from "@/lib/domain/complaint-workflow";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
// A schema's `error` would also word its checks: name only the missing value, so min/max keep their limits.
const missing = (issue: { code: string }) => (issue.code === "invalid_type" ? "required" : undefined);
const requiredText = (min: number, max: number) =>
  z.string({ error: missing }).trim().min(1, { error: "required", abort: true }).min(min).max(max);
const optionalUuid = z.preprocess(blankToUndefined, z.uuid({ error: "invalidOption" }).optional());
const yesNo = z.enum(["yes", "no"], { error: "invalidOption" });

const LOCAL_MINUTE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** A datetime-local value ("2026-06-16T08:30") read as Asia/Shanghai time; a Date (parsed before) stays. */
const shanghaiLocal = z.preprocess(
  (v) => (typeof v === "string" && LOCAL_MINUTE.test(v) ? new Date(`${v}:00+08:00`) : v),
  z.date({ error: "invalidDate" }),
);

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

/** The step form as posted: the envelope and the fields of the step it names. */
const envelopeOf = <S extends StepName>(step: S) => stepEnvelopeSchema.extend({ step: z.literal(step) });
export const stepInput = z.discriminatedUnion("step", [
  envelopeOf("VERIFY").extend(stepDataSchemas.VERIFY.shape),
  envelopeOf("REGISTER").extend(stepDataSchemas.REGISTER.shape),
  envelopeOf("TRANSFER").extend(stepDataSchemas.TRANSFER.shape),
  envelopeOf("COORDINATE").extend(stepDataSchemas.COORDINATE.shape),
  envelopeOf("HANDLE").extend(stepDataSchemas.HANDLE.shape),
  envelopeOf("FEEDBACK").extend(stepDataSchemas.FEEDBACK.shape),
  envelopeOf("CLOSE").extend(stepDataSchemas.CLOSE.shape),
  envelopeOf("REOPEN").extend(stepDataSchemas.REOPEN.shape),
]);

export const assignSchema = z.object({ complaintId: z.uuid(), ownerId: z.uuid({ error: "required" }) });
export const escalateSchema = z.object({ complaintId: z.uuid(), reason: requiredText(2, 500) });
export const commentSchema = z.object({ complaintId: z.uuid(), note: requiredText(1, 1000) });

const MESSAGE_KEY = /^[A-Za-z][\w.]*$/;

/**
 * Message keys per field when lib/data's own validation refuses an input (scripts, tests: the server
 * actions validate first and word the limits). zod's wording of a built-in check becomes "invalid".
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[] | undefined> {
  return z.flattenError(error, (issue) => (MESSAGE_KEY.test(issue.message) ? issue.message : "invalid"))
    .fieldErrors as Record<string, string[] | undefined>;
}
