"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/components/ui/field";

// Controls of the customer form: each renders its label, the control and the error next to it.

export type ErrorOf = (name: string) => string | undefined;

type Common = { name: string; label: string; error?: string; hint?: string };

function describedBy(name: string, error?: string) {
  return error ? `${name}-error` : undefined;
}

export function TextField({
  name,
  label,
  error,
  hint,
  defaultValue,
  type = "text",
  inputMode,
  autoComplete,
  list,
  required,
  wide,
}: Common & {
  defaultValue?: string;
  type?: "text" | "email" | "tel" | "date";
  inputMode?: React.HTMLAttributes<HTMLInputElement>["inputMode"];
  autoComplete?: string;
  list?: string;
  required?: boolean;
  wide?: boolean;
}) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <Field label={required ? `${label} *` : label} htmlFor={name} error={error} hint={hint}>
        <input
          id={name}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? "off"}
          list={list}
          defaultValue={defaultValue ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, error)}
          aria-required={required || undefined}
          className={inputClass}
        />
      </Field>
    </div>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  defaultValue,
  options,
  blank,
  required,
  resetKey,
}: Common & {
  defaultValue?: string;
  options: { value: string; label: string }[];
  blank?: string;
  required?: boolean;
  /** A select takes a new default only when mounted: a new key remounts it. */
  resetKey?: number;
}) {
  return (
    <Field label={required ? `${label} *` : label} htmlFor={name} error={error} hint={hint}>
      <select
        key={resetKey}
        id={name}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error)}
        className={inputClass}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * An identifier shown masked on edit. Until the user chooses "change" no input with this name is
 * submitted, so the stored value is kept; the clear value never reaches the browser.
 */
export function SensitiveField({
  masked,
  ...props
}: Common & {
  masked?: string;
  /** What was typed before a refused save (never the stored value, which stays on the server). */
  defaultValue?: string;
  inputMode?: "numeric" | "tel" | "text";
  onValueChange?: () => void;
}) {
  const t = useTranslations("customerForm");
  const [editing, setEditing] = useState(false);
  if (!masked || editing)
    return (
      <div className="space-y-1">
        <Field
          label={props.label}
          htmlFor={props.name}
          error={props.error}
          hint={masked ? t("hints.masked") : props.hint}
        >
          <div className="flex gap-2">
            <input
              id={props.name}
              name={props.name}
              inputMode={props.inputMode}
              autoComplete="off"
              autoFocus={editing}
              defaultValue={props.defaultValue}
              onChange={props.onValueChange}
              aria-invalid={props.error ? true : undefined}
              aria-describedby={describedBy(props.name, props.error)}
              className={inputClass}
            />
            {masked && (
              <button
                type="button"
                onClick={() => setEditing(false)}
                className="shrink-0 text-xs text-slate-600 underline"
              >
                {t("keep")}
              </button>
            )}
          </div>
        </Field>
      </div>
    );
  return (
    <Field label={props.label} htmlFor={`${props.name}-change`} error={props.error}>
      <div className="flex items-center gap-2">
        <span
          className="flex-1 rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1.5 font-mono text-sm text-slate-600"
          data-testid={`${props.name}-masked`}
        >
          {masked}
        </span>
        <button
          id={`${props.name}-change`}
          type="button"
          onClick={() => setEditing(true)}
          className="shrink-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-xs hover:bg-slate-50"
        >
          {t("change")}
        </button>
      </div>
    </Field>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{title}</h2>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">{children}</div>
    </section>
  );
}
