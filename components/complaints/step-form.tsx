"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { stepAction } from "@/lib/actions/complaints";
import type { WorkflowStep } from "@/lib/domain/complaint-workflow";

type Choice = { value: string; label: string };
type FieldSpec = { name: string; kind: "text" | "textarea" | "select"; choices?: Choice[]; optional?: boolean };

/** The form of one workflow step (核实表, 转接表, 处理表 …), posted with the status it starts from. */
export function StepForm({
  complaintId,
  step,
  expectedStatus,
  handlers,
  categories,
  severities,
  defaults,
}: {
  complaintId: string;
  step: WorkflowStep;
  expectedStatus: string;
  handlers: Choice[];
  categories: Choice[];
  severities: Choice[];
  defaults: Record<string, string>;
}) {
  const t = useTranslations("complaints");
  const form = useActionForm(stepAction);
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
  const control = (f: FieldSpec) => {
    const common = {
      id: `${step}-${f.name}`,
      name: f.name,
      defaultValue: form.value(f.name, defaults[f.name] ?? ""),
      "aria-invalid": form.invalid(f.name),
      className: inputClass,
    };
    if (f.kind === "textarea") return <textarea {...common} rows={3} maxLength={2000} />;
    if (f.kind === "text") return <input {...common} maxLength={200} />;
    return (
      // A select keeps its first default: remount it so a refused submit shows the choice again.
      <select {...common} key={form.state?.at}>
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
    <form action={form.formAction} className="space-y-3" noValidate data-testid={`step-form-${step}`}>
      <input type="hidden" name="complaintId" value={complaintId} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="expectedStatus" value={expectedStatus} />
      <h3 className="font-medium">{t(`stepForms.${step}`)}</h3>
      <FormMessage state={form.state} success={t("actions.saved")} testId="step" />
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) => (
          <div key={f.name} className={f.kind === "textarea" ? "sm:col-span-2" : ""}>
            <Field label={t(`fields.${f.name}`)} htmlFor={`${step}-${f.name}`} error={form.error(f.name)}>
              {control(f)}
            </Field>
          </div>
        ))}
        <div className="sm:col-span-2">
          <Field label={t("fields.note")} htmlFor={`${step}-note`} error={form.error("note")}>
            <input
              id={`${step}-note`}
              name="note"
              defaultValue={form.value("note")}
              aria-invalid={form.invalid("note")}
              className={inputClass}
              maxLength={1000}
            />
          </Field>
        </div>
      </div>
      <Button
        type="submit"
        variant={step === "REOPEN" ? "secondary" : "primary"}
        disabled={form.pending}
        data-testid="step-submit"
      >
        {step === "REOPEN" ? t("actions.reopen") : t("actions.submitStep", { step: t(`steps.${step}`) })}
      </Button>
    </form>
  );
}
