// Renewal list filters, the outcome form, the successor link and bulk assignment.
// Messages are keys of `renewals.errors` (or, for the built-in limits, the shared `errors.validation`).
import { z } from "zod";
import { Channel, ProductLine, RenewalOutcome, VipTier } from "@/lib/generated/prisma/enums";
import { isIsoDate } from "@/lib/domain/kpi-period";
import { addDays, shanghaiDate } from "@/lib/domain/dates";

const single = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return first === "" ? undefined : first;
  }, item.optional());
const date = single(z.string().refine(isIsoDate));

export const RENEWAL_WINDOWS = ["30", "60", "90"] as const;
export const RENEWAL_SORTS = ["endDate", "premium", "customer", "outcomeAt"] as const;
export const RENEWAL_PAGE_SIZE = 25;

export const renewalFilterSchema = z.object({
  /** Expiring in the next 30/60/90 days (default 30 when no day or range is given). */
  within: single(z.enum(RENEWAL_WINDOWS)),
  /** Expiring on one day. */
  on: date,
  from: date,
  to: date,
  channel: single(z.enum(Channel)),
  productLine: single(z.enum(ProductLine)),
  vipTier: single(z.enum(VipTier)),
  orgUnit: single(z.uuid()),
  outcome: single(z.enum(["WILL_RENEW", "WONT_RENEW", "CONSIDERING", "none"])),
  renewed: single(z.enum(["yes", "no"])),
  sort: single(z.enum(RENEWAL_SORTS)),
  dir: single(z.enum(["asc", "desc"])),
  page: single(z.coerce.number().int().min(1).max(100_000)),
});
export type RenewalFilters = z.infer<typeof renewalFilterSchema>;

/** The end-date range a filter set selects (a day, a custom range or the next N days). */
export function renewalRange(f: RenewalFilters, today = shanghaiDate()): { from: string; to: string } {
  if (f.on) return { from: f.on, to: f.on };
  if (f.from || f.to) return { from: f.from ?? today, to: f.to ?? addDays(f.from ?? today, 90) };
  return { from: today, to: addDays(today, Number(f.within ?? "30")) };
}

const blankToNull = (v: unknown) =>
  typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v;

export const renewalOutcomeSchema = z
  .object({
    policyId: z.uuid("notFound"),
    outcome: z.enum(RenewalOutcome, { error: "required" }),
    note: z.preprocess(blankToNull, z.string().max(1000).nullable().default(null)),
    nextContactAt: z.preprocess(blankToNull, z.string().refine(isIsoDate, "date").nullable().default(null)),
  })
  .superRefine((v, ctx) => {
    if (v.nextContactAt && v.nextContactAt < shanghaiDate())
      ctx.addIssue({ code: "custom", path: ["nextContactAt"], message: "past" });
    if (v.outcome === "CONSIDERING" && !v.nextContactAt)
      ctx.addIssue({ code: "custom", path: ["nextContactAt"], message: "requiredConsidering" });
  });
export type RenewalOutcomeInput = z.output<typeof renewalOutcomeSchema>;

export const renewalSuccessorSchema = z.object({
  policyId: z.uuid("notFound"),
  successorNo: z.preprocess(blankToNull, z.string({ error: "required" }).min(1, "required").max(40)),
});
export type RenewalSuccessorInput = z.output<typeof renewalSuccessorSchema>;

/** The ticked policies: one checkbox posts a single value, none posts nothing. */
const ticked = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export const renewalAssignSchema = z.object({
  policyIds: z.preprocess(ticked, z.array(z.uuid("notFound")).min(1, "noneSelected").max(200, "tooMany")),
  agentId: z.uuid("agentRequired"),
});
export type RenewalAssignInput = z.output<typeof renewalAssignSchema>;
