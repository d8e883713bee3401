"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { registerComplaintAction } from "@/lib/actions/complaints";

type Option = { value: string; label: string };

const DEFAULTS = { channel: "HOTLINE", severity: "MEDIUM" } as Record<string, string>;

/** 投诉登记表. A refused submission (invalid, duplicate) shows what was typed again. */
export function RegisterComplaintForm({
  customerId,
  policies,
  claims,
  channels,
  categories,
  severities,
  cancelHref,
}: {
  customerId: string;
  policies: Option[];
  claims: Option[];
  channels: Option[];
  categories: Option[];
  severities: Option[];
  cancelHref: string;
}) {
  const t = useTranslations("complaints");
  const form = useActionForm(registerComplaintAction);
  const duplicates = form.failed?.reason === "duplicate" ? (form.failed.extra?.duplicates ?? []) : null;
  const bind = (name: string) => ({
    id: `c-${name}`,
    name,
    defaultValue: form.value(name, DEFAULTS[name] ?? ""),
    "aria-invalid": form.invalid(name),
    className: inputClass,
  });
  const select = (name: string, label: string, options: Option[], blank?: string) => (
    <Field label={label} htmlFor={`c-${name}`} error={form.error(name)}>
      {/* A select keeps its first default: remount it so a refused submit shows the choice again. */}
      <select {...bind(name)} key={form.state?.at}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
  const box = "rounded-lg border border-red-200 bg-red-50 px-3 py-2";
  return (
    <form action={form.formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <input type="hidden" name="customerId" value={customerId} />
      {/* The customer is no field of its own: its refusal is the form's message. */}
      {form.error("customerId") ? (
        <p role="alert" className={`${box} text-red-700`}>
          {form.error("customerId")}
        </p>
      ) : (
        !duplicates && <FormMessage state={form.failed} className={box} />
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
      <Field label={t("form.description")} htmlFor="c-description" error={form.error("description")}>
        <textarea {...bind("description")} rows={4} maxLength={2000} />
      </Field>
      <Field label={t("form.customerRequest")} htmlFor="c-customerRequest" error={form.error("customerRequest")}>
        <textarea {...bind("customerRequest")} rows={2} maxLength={1000} />
      </Field>
      <div className="max-w-xs">
        <Field
          label={t("form.receivedAt")}
          htmlFor="c-receivedAt"
          error={form.error("receivedAt")}
          hint={t("form.receivedAtHint")}
        >
          <input type="datetime-local" {...bind("receivedAt")} />
        </Field>
      </div>
      {duplicates && (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
          data-testid="duplicate-warning"
        >
          <p className="font-medium">{form.failed?.message}</p>
          <ul className="my-1 list-disc pl-5 text-sm">
            {duplicates.map((d) => (
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
          <Button type="submit" name="confirmDuplicate" value="1" className="mt-2" disabled={form.pending}>
            {t("form.confirmDuplicate")}
          </Button>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" disabled={form.pending} data-testid="register-submit">
          {form.pending ? t("form.submitting") : t("form.submit")}
        </Button>
        <ButtonLink href={cancelHref} variant="ghost">
          {t("form.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
