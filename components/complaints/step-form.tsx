"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { WorkflowStep } from "@/lib/domain/complaint-workflow";
import type { ComplaintFormState } from "@/lib/validation/complaint";
import { FormAlert } from "./form-alert";

type Action = (prev: ComplaintFormState, form: FormData) => Promise<ComplaintFormState>;
type Choice = { value: string; label: string };
type FieldSpec = { name: string; kind: "text" | "textarea" | "select"; choices?: Choice[]; optional?: boolean };

/** The form of one workflow step (核实表, 转接表, 处理表 …), posted with the status it starts from. */
export function StepForm({
  action,
  complaintId,
  step,
  expectedStatus,
  handlers,
  categories,
  severities,
  defaults,
}: {
  action: Action;
  complaintId: string;
  step: WorkflowStep;
  expectedStatus: string;
  handlers: Choice[];
  categories: Choice[];
  severities: Choice[];
  defaults: Record<string, string>;
}) {
  const t = useTranslations("complaints");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ComplaintFormState);
  const [values, setValues] = useState<Record<string, string>>(defaults);
  const yesNo: Choice[] = ["yes", "no"].map((v) => ({ value: v, label: t(`yesNo.${v}`) }));
  const SPECS: Record<WorkflowStep, FieldSpec[]> = {
    VERIFY: [
      { name: "facts", kind: "textarea" },
      { name: "contactedWith", kind: "text", optional: true },
      {
        name: "finding",
        kind: "select",
        choices: ["VALID", "PARTLY_VALID", "INVALID"].map((v) => ({ value: v, label: t(`findings.${v}`) })),
      },
    ],
    REGISTER: [
      { name: "category", kind: "select", choices: categories },
      { name: "severity", kind: "select", choices: severities },
    ],
    TRANSFER: [
      { name: "department", kind: "text" },
      { name: "personId", kind: "select", choices: handlers, optional: true },
      { name: "reason", kind: "textarea", optional: true },
    ],
    COORDINATE: [
      { name: "parties", kind: "text" },
      { name: "outcome", kind: "textarea" },
    ],
    HANDLE: [
      { name: "resolution", kind: "textarea" },
      { name: "rootCause", kind: "text" },
      { name: "compensation", kind: "text", optional: true },
    ],
    FEEDBACK: [
      {
        name: "method",
        kind: "select",
        choices: ["PHONE", "SMS", "WECHAT", "ON_SITE", "LETTER"].map((v) => ({
          value: v,
          label: t(`feedbackMethods.${v}`),
        })),
      },
      { name: "customerAccepted", kind: "select", choices: yesNo },
      { name: "customerResponse", kind: "textarea", optional: true },
    ],
    CLOSE: [{ name: "summary", kind: "textarea" }],
    REOPEN: [{ name: "reason", kind: "textarea" }],
  };
  const errors = state.status === "invalid" ? state.errors : {};
  const err = (name: string) => (errors[name]?.[0] ? t(`errors.${errors[name]![0]}`) : undefined);
  const control = (f: FieldSpec) => {
    const common = {
      id: `${step}-${f.name}`,
      name: f.name,
      value: values[f.name] ?? "",
      "aria-invalid": err(f.name) ? true : undefined,
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
        setValues((v) => ({ ...v, [f.name]: e.target.value })),
      className: inputClass,
    };
    if (f.kind === "textarea") return <textarea {...common} rows={3} maxLength={2000} />;
    if (f.kind === "text") return <input {...common} maxLength={200} />;
    return (
      <select {...common}>
        <option value="">{f.optional ? t("form.none") : t("actions.choose")}</option>
        {f.choices!.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  };
  const fields = SPECS[step];
  return (
    <form action={formAction} className="space-y-3" noValidate data-testid={`step-form-${step}`}>
      <input type="hidden" name="complaintId" value={complaintId} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <h3 className="font-medium">{t(`stepForms.${step}`)}</h3>
      <FormAlert state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) => (
          <div key={f.name} className={f.kind === "textarea" ? "sm:col-span-2" : ""}>
            <Field label={t(`fields.${f.name}`)} htmlFor={`${step}-${f.name}`} error={err(f.name)}>
              {control(f)}
            </Field>
          </div>
        ))}
        <div className="sm:col-span-2">
          <Field label={t("fields.note")} htmlFor={`${step}-note`} error={err("note")}>
            <input
              id={`${step}-note`}
              name="note"
              value={values.note ?? ""}
              onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
              className={inputClass}
              maxLength={1000}
            />
          </Field>
        </div>
      </div>
      <Button
        type="submit"
        variant={step === "REOPEN" ? "secondary" : "primary"}
        disabled={pending}
        data-testid="step-submit"
      >
        {step === "REOPEN" ? t("actions.reopen") : t("actions.submitStep", { step: t(`steps.${step}`) })}
      </Button>
    </form>
  );
}
