// 纠改措施 status rules: OPEN → IN_PROGRESS → DONE, or CANCELLED from any open state. DONE and
// CANCELLED are final. The owner moves their own action forward; only a lead (correctiveAction.manage)
// cancels or reopens work that is not theirs.
import type { ActionStatus } from "@/lib/generated/prisma/enums";

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const satisfies readonly ActionStatus[];

const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "DONE", "CANCELLED"],
  IN_PROGRESS: ["DONE", "CANCELLED"],
  DONE: [],
  CANCELLED: [],
};

export function canTransition(from: ActionStatus, to: ActionStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: ActionStatus): readonly ActionStatus[] {
  return NEXT[from];
}

/** Who may make the move: the lead may make any allowed move; the owner any but cancelling. */
export function mayTransition(opts: {
  from: ActionStatus;
  to: ActionStatus;
  isOwner: boolean;
  isManager: boolean;
}): boolean {
  if (!canTransition(opts.from, opts.to)) return false;
  if (opts.isManager) return true;
  return opts.isOwner && opts.to !== "CANCELLED";
}

export function isFinal(status: ActionStatus): boolean {
  return status === "DONE" || status === "CANCELLED";
}

/** Overdue: still open after its due day (both YYYY-MM-DD, Beijing calendar). */
export function isOverdue(status: ActionStatus, dueDate: string, today: string): boolean {
  return !isFinal(status) && dueDate < today;
}
