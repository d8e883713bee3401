"use client";
// The whole-form outcome of an action: the confirmation or the refusal, announced to screen readers.
import type { ActionState } from "@/lib/actions/state";

export function FormMessage<D, E>({
  state,
  success,
  className = "",
  testId,
}: {
  state: ActionState<D, E>;
  /** Shown on success when the action has no message of its own. */
  success?: string;
  className?: string;
  /** Test id prefix: `<testId>-saved` on success, `<testId>-error` on refusal. */
  testId?: string;
}) {
  if (!state) return null;
  if (state.ok) {
    const text = state.message ?? success;
    return text ? (
      <p role="status" className={`text-xs text-emerald-700 ${className}`} data-testid={testId && `${testId}-saved`}>
        {text}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className={`text-xs text-red-600 ${className}`} data-testid={testId && `${testId}-error`}>
      {state.message}
    </p>
  );
}
