// 纠改措施 forms. Error messages are keys of correctiveActions.errors, translated by the UI.
import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/domain/corrective-action";
import { isIsoDate } from "@/lib/domain/kpi-period";
import { monthSchema } from "./analysis";

// A real calendar day: 2026-02-31 is refused, not rolled over into March.
const isoDate = z.string().refine(isIsoDate, "dueDate");

export const createActionInput = z
  .object({
    complaintId: z.uuid("source").optional(),
    month: monthSchema.optional(),
    orgUnitId: z.uuid("orgUnit").optional(),
    title: z.string().trim().min(2, "title").max(200, "title"),
    description: z.string().trim().max(2000, "description").optional(),
    ownerId: z.uuid("owner"),
    dueDate: isoDate,
  })
  .refine((v) => Boolean(v.complaintId) !== Boolean(v.month), { message: "source", path: ["complaintId"] });

export type CreateActionInput = z.infer<typeof createActionInput>;

export const updateActionStatusInput = z.object({
  id: z.uuid(),
  status: z.enum(ACTION_STATUSES),
});

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Reads the create form; blank optional fields become undefined. */
export function createActionFormValues(form: FormData): Record<string, unknown> {
  const keys = ["complaintId", "month", "orgUnitId", "title", "description", "ownerId", "dueDate"] as const;
  return Object.fromEntries(keys.map((k) => [k, blankToUndefined(form.get(k))]));
}

export const ACTION_SORTS = ["dueDate", "createdAt", "status"] as const;

export const actionListParams = z.object({
  status: z.enum(ACTION_STATUSES).optional(),
  overdue: z.literal("1").optional(),
  mine: z.literal("1").optional(),
  month: monthSchema.optional(),
  sort: z.enum(ACTION_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export type ActionListParams = z.infer<typeof actionListParams>;

export function parseActionListParams(raw: Record<string, string | string[] | undefined>): {
  params: ActionListParams;
  valid: boolean;
} {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const parsed = actionListParams.safeParse(flat);
  return parsed.success ? { params: parsed.data, valid: true } : { params: {}, valid: false };
}
