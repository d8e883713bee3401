"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { assignAction, commentAction, escalateAction } from "@/lib/actions/complaints";

/** SERVICE_LEAD: hand the complaint to a service user. */
export function AssignForm({
  complaintId,
  ownerId,
  handlers,
}: {
  complaintId: string;
  ownerId: string | null;
  handlers: { value: string; label: string }[];
}) {
  const t = useTranslations("complaints");
  const form = useActionForm(assignAction);
  return (
    <form action={form.formAction} noValidate className="space-y-2" data-testid="assign-form">
      <input type="hidden" name="complaintId" value={complaintId} />
      <Field label={t("actions.assignTitle")} htmlFor="assign-owner" error={form.error("ownerId")}>
        <select
          id="assign-owner"
          name="ownerId"
          defaultValue={form.value("ownerId", ownerId ?? "")}
          key={form.state?.at}
          aria-invalid={form.invalid("ownerId")}
          className={inputClass}
        >
          <option value="">{t("actions.choose")}</option>
          {handlers.map((h) => (
            <option key={h.value} value={h.value}>
              {h.label}
            </option>
          ))}
        </select>
      </Field>
      <FormMessage state={form.state} success={t("actions.saved")} testId="assign" />
      <Button type="submit" size="sm" disabled={form.pending}>
        {t("actions.assign")}
      </Button>
    </form>
  );
}

const TEXT_ACTIONS = { escalate: escalateAction, comment: commentAction };

/** A one-text-field form: the lead's manual escalation or a note on the history. */
export function TextActionForm({
  kind,
  complaintId,
  name,
  label,
  submit,
  testId,
}: {
  kind: keyof typeof TEXT_ACTIONS;
  complaintId: string;
  name: "reason" | "note";
  label: string;
  submit: string;
  testId: string;
}) {
  const t = useTranslations("complaints");
  const form = useActionForm(TEXT_ACTIONS[kind]);
  return (
    <form action={form.formAction} noValidate className="space-y-2" data-testid={testId}>
      <input type="hidden" name="complaintId" value={complaintId} />
      <Field label={label} htmlFor={`${testId}-${name}`} error={form.error(name)}>
        <input
          id={`${testId}-${name}`}
          name={name}
          defaultValue={form.value(name)}
          aria-invalid={form.invalid(name)}
          className={inputClass}
          maxLength={1000}
        />
      </Field>
      <FormMessage state={form.state} success={t("actions.saved")} testId={testId} />
      <Button type="submit" size="sm" disabled={form.pending}>
        {submit}
      </Button>
    </form>
  );
}
