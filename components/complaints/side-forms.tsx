"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ComplaintFormState } from "@/lib/validation/complaint";
import { FormAlert } from "./form-alert";

type Action = (prev: ComplaintFormState, form: FormData) => Promise<ComplaintFormState>;

function useForm(action: Action) {
  return useActionState(action, { status: "idle" } as ComplaintFormState);
}

const errorOf = (state: ComplaintFormState, name: string) =>
  state.status === "invalid" ? state.errors[name]?.[0] : undefined;

/** SERVICE_LEAD: hand the complaint to a service user. */
export function AssignForm({
  action,
  complaintId,
  ownerId,
  handlers,
}: {
  action: Action;
  complaintId: string;
  ownerId: string | null;
  handlers: { value: string; label: string }[];
}) {
  const t = useTranslations("complaints");
  const [state, formAction, pending] = useForm(action);
  const error = errorOf(state, "ownerId");
  return (
    <form action={formAction} className="space-y-2" data-testid="assign-form">
      <input type="hidden" name="complaintId" value={complaintId} />
      <Field label={t("actions.assignTitle")} htmlFor="assign-owner" error={error ? t(`errors.${error}`) : undefined}>
        <select id="assign-owner" name="ownerId" defaultValue={ownerId ?? ""} className={inputClass}>
          <option value="">{t("actions.choose")}</option>
          {handlers.map((h) => (
            <option key={h.value} value={h.value}>
              {h.label}
            </option>
          ))}
        </select>
      </Field>
      <FormAlert state={state} />
      <Button type="submit" size="sm" disabled={pending}>
        {t("actions.assign")}
      </Button>
    </form>
  );
}

/** A one-text-field form: the lead's manual escalation or a note on the history. */
export function TextActionForm({
  action,
  complaintId,
  name,
  label,
  submit,
  testId,
}: {
  action: Action;
  complaintId: string;
  name: "reason" | "note";
  label: string;
  submit: string;
  testId: string;
}) {
  const t = useTranslations("complaints");
  const [state, formAction, pending] = useForm(action);
  const error = errorOf(state, name);
  return (
    <form action={formAction} className="space-y-2" data-testid={testId}>
      <input type="hidden" name="complaintId" value={complaintId} />
      <Field label={label} htmlFor={`${testId}-${name}`} error={error ? t(`errors.${error}`) : undefined}>
        <input id={`${testId}-${name}`} name={name} className={inputClass} maxLength={1000} />
      </Field>
      <FormAlert state={state} />
      <Button type="submit" size="sm" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
