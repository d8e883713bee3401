"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import type { FormField, FormTag } from "@/lib/data/customers/form-definitions";
import type { ErrorOf } from "./form-controls";

// Tags (checkbox chips) and the ADMIN-defined classification fields, one control per field type.

export function TagPicker({
  tags,
  checked,
  error,
}: {
  tags: FormTag[];
  /** Whether a tag starts checked: as submitted if the last save was refused, else as saved. */
  checked: (tagId: string) => boolean;
  error?: string;
}) {
  const t = useTranslations("customerForm");
  const locale = useLocale();
  return (
    <fieldset className="sm:col-span-2 lg:col-span-3" aria-describedby={error ? "tags-error" : undefined}>
      <legend className="mb-1 text-xs font-medium text-slate-700">{t("fields.tags")}</legend>
      {tags.length === 0 ? (
        <p className="text-xs text-slate-500">{t("hints.noTags")}</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <label
              key={tag.id}
              className="inline-flex cursor-pointer items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2.5 py-1 text-xs has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-300"
            >
              <input
                type="checkbox"
                name="tags"
                value={tag.id}
                defaultChecked={checked(tag.id)}
                className="size-3.5 accent-brand-600"
              />
              {locale === "en" ? (tag.nameEn ?? tag.name) : tag.name}
            </label>
          ))}
        </div>
      )}
      {error && (
        <p id="tags-error" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function CustomFieldInputs({
  fields,
  valueOf,
  errorOf,
  resetKey,
}: {
  fields: FormField[];
  /** A field's default by field id: as submitted if the last save was refused, else as saved. */
  valueOf: (fieldId: string) => string;
  errorOf: ErrorOf;
  /** Changes after each answer of the server: selects remount to take their new default. */
  resetKey?: number;
}) {
  const t = useTranslations("customerForm");
  const locale = useLocale();
  return fields.map((f) => {
    const name = `cf.${f.id}`;
    const label = locale === "en" ? (f.labelEn ?? f.label) : f.label;
    const error = errorOf(name);
    const common = {
      id: name,
      name,
      defaultValue: valueOf(f.id),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${name}-error` : undefined,
      className: inputClass,
    } as const;
    let control: React.ReactNode;
    if (f.type === "SELECT" || f.type === "BOOLEAN") {
      const options =
        f.type === "BOOLEAN"
          ? [
              { value: "true", label: t("yes") },
              { value: "false", label: t("no") },
            ]
          : f.options.map((o) => ({ value: o, label: o }));
      control = (
        <select key={resetKey} {...common}>
          <option value="">{t("none")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    } else {
      control = (
        <input
          {...common}
          type={f.type === "DATE" ? "date" : "text"}
          inputMode={f.type === "NUMBER" ? "decimal" : undefined}
          autoComplete="off"
        />
      );
    }
    return (
      <Field key={f.id} label={label} htmlFor={name} error={error}>
        {control}
      </Field>
    );
  });
}
