// The visit log form and the /visits list filters. Messages are keys of `visits.errors` (or, for the
// built-in limits, the shared `errors.validation`).
import { z } from "zod";
import { VisitMethod, VisitStatus } from "@/lib/generated/prisma/enums";
import { addDays, shanghaiDate } from "@/lib/domain/dates";
import { isIsoDate } from "@/lib/domain/kpi-period";

const blankToNull = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v;
const text = (max: number) => z.preprocess(blankToNull, z.string().max(max).nullable().default(null));
const score = (required: boolean) =>
  z.preprocess(
    blankToNull,
    required
      ? z.coerce.number({ error: "required" }).int("score").min(1, "score").max(5, "score")
      : z.coerce.number().int("score").min(1, "score").max(5, "score").nullable().default(null),
  );
const isoDate = z.string({ error: "required" }).refine(isIsoDate, "date");

/** How far back a visit may be recorded (a forgotten visit last month is fine, last year is not). */
export const VISIT_BACKDATE_DAYS = 60;

export const visitLogSchema = z
  .object({
    visitId: z.uuid("notFound"),
    method: z.enum(VisitMethod, { error: "required" }),
    visitedOn: isoDate
      .refine((d) => d <= shanghaiDate(), "future")
      .refine((d) => d >= addDays(shanghaiDate(), -VISIT_BACKDATE_DAYS), "tooOld"),
    productUsage: text(500),
    claimSatisfaction: score(false),
    overallEvaluation: score(true),
    notes: text(2000),
    nextStep: text(500),
    nextStepAt: z.preprocess(blankToNull, isoDate.nullable().default(null)),
    /** The user saw the contact-frequency warning and logs anyway. */
    confirmContacts: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
    /** Where the form was opened, and where a logged visit returns to. */
    from: z.enum(["today", "visits"]).catch("visits"),
  })
  .superRefine((v, ctx) => {
    if (v.nextStepAt && v.nextStepAt < v.visitedOn)
      ctx.addIssue({ code: "custom", path: ["nextStepAt"], message: "beforeVisit" });
    if (v.nextStepAt && !v.nextStep) ctx.addIssue({ code: "custom", path: ["nextStep"], message: "required" });
  });

export type VisitLogInput = z.output<typeof visitLogSchema>;

const single = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return first === "" ? undefined : first;
  }, item.optional());

export const VISIT_PERIODS = ["overdue", "today", "week", "month", "all"] as const;
export const VISIT_SORTS = ["dueDate", "customer", "doneAt"] as const;
export const VISIT_PAGE_SIZE = 25;

export const visitFilterSchema = z.object({
  status: single(z.enum(VisitStatus)),
  /** Service staff: their own items or those without an assignee (agents always see their own). */
  who: single(z.enum(["mine", "unassigned"])),
  period: single(z.enum(VISIT_PERIODS)),
  sort: single(z.enum(VISIT_SORTS)),
  dir: single(z.enum(["asc", "desc"])),
  page: single(z.coerce.number().int().min(1).max(100_000)),
});
export type VisitFilters = z.infer<typeof visitFilterSchema>;
