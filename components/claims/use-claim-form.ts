"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ClaimFormState } from "@/lib/validation/claim-actions";

type Action = (state: ClaimFormState, form: FormData) => Promise<ClaimFormState>;

/**
 * A claim form bound to its server action; keeps the input when refused and, unless it shows a
 * saved choice (the handler picker), clears it when saved.
 */
export function useClaimForm(action: Action, { resetOnSave = true } = {}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "saved" && resetOnSave) ref.current?.reset();
  }, [state, resetOnSave]);
  const invalid = (name: string) => state.status === "invalid" && state.fields.includes(name);
  return {
    state,
    pending,
    invalid,
    formProps: {
      ref,
      noValidate: true,
      onSubmit(event: React.FormEvent<HTMLFormElement>) {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        startTransition(() => formAction(form));
      },
    },
  };
}
