"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ComplaintFormState } from "@/lib/validation/complaint";

type Option = { value: string; label: string };

/** 投诉登记表. Controlled fields, so a refused submission (invalid, duplicate) keeps what was typed. */
export function RegisterComplaintForm({
  action,
  customerId,
  policies,
  claims,
  channels,
  categories,
  severities,
  cancelHref,
}: {
  action: (prev: ComplaintFormState, form: FormData) => Promise<ComplaintFormState>;
  customerId: string;
  policies: Option[];
  claims: Option[];
  channels: Option[];
  categories: Option[];
  severities: Option[];
  cancelHref: string;
}) {
  const t = useTranslations("complaints");
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ComplaintFormState);
  const [values, setValues] = useState({
    policyId: "",
    claimId: "",
    channel: "HOTLINE",
    category: "",
    severity: "MEDIUM",
    description: "",
    customerRequest: "",
    receivedAt: "",
  });
  const errors = state.status === "invalid" ? state.errors : {};
  const err = (name: keyof typeof values) => (errors[name]?.[0] ? t(`errors.${errors[name]![0]}`) : undefined);
  const bind = (name: keyof typeof values) => ({
    id: `c-${name}`,
    name,
    value: values[name],
    "aria-invalid": err(name) ? true : undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
    className: inputClass,
  });
  const select = (name: keyof typeof values, label: string, options: Option[], blank?: string) => (
    <Field label={label} htmlFor={`c-${name}`} error={err(name)}>
      <select {...bind(name)}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <input type="hidden" name="customerId" value={customerId} />
      {state.status === "invalid" && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {errors.customerId ? t(`errors.${errors.customerId[0]}`) : t("form.fixErrors")}
        </p>
      )}
      {state.status === "refused" && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {t(`errors.${state.reason}`)}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {select("channel", t("form.channel"), channels)}
        {select("category", t("form.category"), categories, t("actions.choose"))}
        {select("severity", t("form.severity"), severities)}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {select("policyId", t("form.policy"), policies, t("form.none"))}
        {select("claimId", t("form.claim"), claims, t("form.none"))}
      </div>
      <Field label={t("form.description")} htmlFor="c-description" error={err("description")}>
        <textarea {...bind("description")} rows={4} maxLength={2000} />
      </Field>
      <Field label={t("form.customerRequest")} htmlFor="c-customerRequest" error={err("customerRequest")}>
        <textarea {...bind("customerRequest")} rows={2} maxLength={1000} />
      </Field>
      <div className="max-w-xs">
        <Field
          label={t("form.receivedAt")}
          htmlFor="c-receivedAt"
          error={err("receivedAt")}
          hint={t("form.receivedAtHint")}
        >
          <input type="datetime-local" {...bind("receivedAt")} />
        </Field>
      </div>
      {state.status === "duplicate" && (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
          data-testid="duplicate-warning"
        >
          <p className="font-medium">{t("form.duplicateTitle")}</p>
          <ul className="my-1 list-disc pl-5 text-sm">
            {state.duplicates.map((d) => (
              <li key={d.id}>
                <Link
                  href={`/complaints/${d.id}`}
                  className="font-mono text-xs text-brand-700 underline"
                  target="_blank"
                >
                  {d.complaintNo}
                </Link>
              </li>
            ))}
          </ul>
          <p className="text-sm">{t("form.duplicateHint")}</p>
          <Button type="submit" name="confirmDuplicate" value="1" className="mt-2" disabled={pending}>
            {t("form.confirmDuplicate")}
          </Button>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={pending} data-testid="register-submit">
          {pending ? t("form.submitting") : t("form.submit")}
        </Button>
        <ButtonLink href={cancelHref} variant="ghost">
          {t("form.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
