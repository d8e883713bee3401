// §4 claim workflow as the service centre advances it: which status may follow which, when the
// customer's feedback can be recorded, and how long a claim has been open. Pure: no I/O.
import type { ClaimStatus } from "./claim-progress";
import { daysBetween, shanghaiDate } from "./dates";

/** REPORTED → DOCUMENTS → ASSESSING → APPROVED → PAID → CLOSED, or ASSESSING → REJECTED → CLOSED. */
const NEXT: Record<ClaimStatus, readonly ClaimStatus[]> = {
  REPORTED: ["DOCUMENTS"],
  DOCUMENTS: ["ASSESSING"],
  ASSESSING: ["APPROVED", "REJECTED"],
  APPROVED: ["PAID"],
  PAID: ["CLOSED"],
  REJECTED: ["CLOSED"],
  CLOSED: [],
};

export function nextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return NEXT[from];
}

export function canAdvance(from: ClaimStatus, to: ClaimStatus): boolean {
  return NEXT[from].includes(to);
}

/** Moving to PAID records the amount paid. */
export function requiresAmountPaid(to: ClaimStatus): boolean {
  return to === "PAID";
}

/** The customer's feedback is asked for once the outcome is known. */
export const FEEDBACK_STATUSES: readonly ClaimStatus[] = ["PAID", "REJECTED", "CLOSED"];

export function feedbackAllowed(status: ClaimStatus): boolean {
  return FEEDBACK_STATUSES.includes(status);
}

/** A feedback score at or below this opens a CLAIM_FEEDBACK follow-up task. */
export const LOW_FEEDBACK_SCORE = 2;

export function feedbackNeedsFollowUp(score: number): boolean {
  return score <= LOW_FEEDBACK_SCORE;
}

/** Still being worked on (not yet paid, rejected or closed). */
export function isOpen(status: ClaimStatus): boolean {
  return !FEEDBACK_STATUSES.includes(status);
}

/**
 * 处理时长: calendar days (Asia/Shanghai) from the report to the close, or to `now` while the claim
 * is still open. A claim reported and closed on the same day has been open 0 days.
 */
export function daysOpen(reportedAt: Date, closedAt: Date | null, now: Date = new Date()): number {
  const end = closedAt ?? now;
  return Math.max(0, daysBetween(shanghaiDate(reportedAt), shanghaiDate(end)));
}
