// The follow-up task list and the "mark done" form.
import { z } from "zod";

export const TASK_KINDS = ["LOW_SCORE_FOLLOW_UP", "CLAIM_FEEDBACK", "REALLOCATION", "GENERAL"] as const;
export const TASK_STATUSES = ["OPEN", "DONE", "CANCELLED"] as const;
export const TASK_SORTS = ["dueAt", "createdAt"] as const;

export const taskListParams = z.object({
  kind: z.enum(TASK_KINDS).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  sort: z.enum(TASK_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export type TaskListParams = z.infer<typeof taskListParams>;

export function parseTaskListParams(raw: Record<string, string | string[] | undefined>): {
  params: TaskListParams;
  valid: boolean;
} {
  const flat = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  const parsed = taskListParams.safeParse(flat);
  return parsed.success ? { params: parsed.data, valid: true } : { params: {}, valid: false };
}

export const completeTaskInput = z.object({
  id: z.uuid(),
  note: z.string().trim().min(2, "note").max(1000, "note"),
});
