// §4 claim progress as staff see it: the standard steps of a claim, each done (with when), current
// or still to come. A rejected claim leaves the approval and payment steps out. Pure: no I/O.
export type ClaimStatus = "REPORTED" | "DOCUMENTS" | "ASSESSING" | "APPROVED" | "PAID" | "REJECTED" | "CLOSED";

const PAID_PATH: readonly ClaimStatus[] = ["REPORTED", "DOCUMENTS", "ASSESSING", "APPROVED", "PAID", "CLOSED"];
const REJECTED_PATH: readonly ClaimStatus[] = ["REPORTED", "DOCUMENTS", "ASSESSING", "REJECTED", "CLOSED"];

export type StepState = "done" | "current" | "todo";

export interface ProgressStep {
  status: ClaimStatus;
  state: StepState;
  /** When the step was recorded (ISO timestamp), for steps done or current. */
  at: string | null;
}

/**
 * The steps of a claim in its current `status`, from its recorded ClaimStep rows (any order).
 * Steps before the current status count as done even when no row was recorded for them.
 */
export function claimProgress(
  status: ClaimStatus,
  steps: readonly { status: ClaimStatus; at: string }[],
): ProgressStep[] {
  const rejected = status === "REJECTED" || steps.some((s) => s.status === "REJECTED");
  const path = rejected ? REJECTED_PATH : PAID_PATH;
  const current = path.indexOf(status);
  const latestAt = new Map<ClaimStatus, string>();
  for (const s of steps) {
    const seen = latestAt.get(s.status);
    if (!seen || s.at > seen) latestAt.set(s.status, s.at);
  }
  return path.map((step, i) => {
    // A closed claim has no current step left: closing is its last step, done.
    const state: StepState =
      i < current || (i === current && step === "CLOSED") ? "done" : i === current ? "current" : "todo";
    return { status: step, state, at: state === "todo" ? null : (latestAt.get(step) ?? null) };
  });
}
