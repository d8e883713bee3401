// The complaint workflow (§7): 接受 → 核实 → 登记 → 转交 → 协调 → 处理 → 反馈 → 结案, and a reopening
// within the configured window. The one transition table the data layer enforces (inside the write's
// transaction, conditioned on the status read) and the UI reads to offer the next step.
import type { ComplaintEventType, ComplaintStatus } from "@/lib/generated/prisma/enums";

export const COMPLAINT_STATUSES = [
  "RECEIVED",
  "VERIFIED",
  "REGISTERED",
  "TRANSFERRED",
  "COORDINATED",
  "HANDLED",
  "FEEDBACK_GIVEN",
  "CLOSED",
] as const satisfies readonly ComplaintStatus[];

/** The steps a user performs after receipt (RECEIVE is the registration itself). */
export const WORKFLOW_STEPS = [
  "VERIFY",
  "REGISTER",
  "TRANSFER",
  "COORDINATE",
  "HANDLE",
  "FEEDBACK",
  "CLOSE",
  "REOPEN",
] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number] & ComplaintEventType;

/** step → [the only status it may start from, the status it leads to]. */
export const TRANSITIONS: Record<WorkflowStep, { from: ComplaintStatus; to: ComplaintStatus }> = {
  VERIFY: { from: "RECEIVED", to: "VERIFIED" },
  REGISTER: { from: "VERIFIED", to: "REGISTERED" },
  TRANSFER: { from: "REGISTERED", to: "TRANSFERRED" },
  COORDINATE: { from: "TRANSFERRED", to: "COORDINATED" },
  HANDLE: { from: "COORDINATED", to: "HANDLED" },
  FEEDBACK: { from: "HANDLED", to: "FEEDBACK_GIVEN" },
  CLOSE: { from: "FEEDBACK_GIVEN", to: "CLOSED" },
  // A reopened complaint goes back to 登记 and is transferred and handled again.
  REOPEN: { from: "CLOSED", to: "REGISTERED" },
};

export type TransitionRefusal = "illegalTransition" | "reopenWindowClosed";

export type TransitionCheck =
  { ok: true; from: ComplaintStatus; to: ComplaintStatus } | { ok: false; reason: TransitionRefusal };

const DAY_MS = 86_400_000;

/** Whether `step` may be taken from `status` now (a reopening only within `reopenWindowDays` of closing). */
export function checkTransition(
  status: ComplaintStatus,
  step: WorkflowStep,
  ctx: { closedAt?: Date | null; now?: Date; reopenWindowDays?: number } = {},
): TransitionCheck {
  const t = TRANSITIONS[step];
  if (!t || t.from !== status) return { ok: false, reason: "illegalTransition" };
  if (step === "REOPEN") {
    const closedAt = ctx.closedAt;
    const now = ctx.now ?? new Date();
    if (!closedAt || now.getTime() - closedAt.getTime() > (ctx.reopenWindowDays ?? 0) * DAY_MS)
      return { ok: false, reason: "reopenWindowClosed" };
  }
  return { ok: true, from: t.from, to: t.to };
}

/** The forward step offered from a status (null once closed: only a reopening is left). */
export function nextStep(status: ComplaintStatus): WorkflowStep | null {
  const found = (Object.entries(TRANSITIONS) as [WorkflowStep, { from: ComplaintStatus }][]).find(
    ([step, t]) => step !== "REOPEN" && t.from === status,
  );
  return found ? found[0] : null;
}

export function isOpen(status: ComplaintStatus): boolean {
  return status !== "CLOSED";
}

/** Position 0…7 of a status on the 8-step track (for the progress display). */
export function stepIndex(status: ComplaintStatus): number {
  return COMPLAINT_STATUSES.indexOf(status);
}
