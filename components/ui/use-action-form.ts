"use client";
// The one way a form talks to its server action. React 19 resets a form after its action; a refused
// form shows what the user typed again because the action echoes it (`values`) and the fields read
// their defaults through `value()` / `checked()`. Works without JavaScript too (plain form post).
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any input type: forms submit FormData
type Action<D, E> = (prev: ActionState<D, E>, input: any) => Promise<ActionState<D, E>>;

export function useActionForm<D, E = undefined>(action: Action<D, E>) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const submitted = (name: string) => failed?.values[name];
  return {
    state,
    failed,
    succeeded: state?.ok === true ? state : null,
    pending,
    formAction,
    /** The field's localized error, if the last submit was refused for it. */
    error: (name: string) => failed?.fieldErrors[name],
    invalid: (name: string) => Boolean(failed?.fieldErrors[name]) || undefined,
    /** The default of a text field or select: what was typed if refused, else `fallback`. */
    value: (name: string, fallback = "") => {
      const v = submitted(name);
      return failed ? (Array.isArray(v) ? (v[0] ?? "") : (v ?? "")) : fallback;
    },
    /** The default of a checkbox or radio with this value. */
    checked: (name: string, value: string, fallback = false) => {
      if (!failed) return fallback;
      const v = submitted(name);
      return Array.isArray(v) ? v.includes(value) : v === value;
    },
  };
}
