"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import type { AdminFormState } from "@/lib/validation/classification";

type Action = (state: AdminFormState, form: FormData) => Promise<AdminFormState>;

/**
 * A small admin form bound to a server action. Submitting through a transition (not the form's
 * own action) keeps what the user typed when the server refuses it; create forms clear on success.
 */
export function useAdminForm(action: Action, { resetOnSave = false } = {}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "saved" && resetOnSave) ref.current?.reset();
  }, [state, resetOnSave]);
  const errorKey = (name: string) => (state.status === "invalid" ? state.errors[name]?.[0] : undefined);
  return {
    state,
    pending,
    errorKey,
    formProps: {
      ref,
      action: formAction,
      noValidate: true,
      onSubmit(event: React.FormEvent<HTMLFormElement>) {
        event.preventDefault();
        const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(form));
      },
    },
  };
}
