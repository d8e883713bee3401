"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createFieldAction, updateFieldAction } from "@/lib/actions/classification";
import { FIELD_TYPES } from "@/lib/validation/classification";
import { SUMMARY, type FormFields } from "./tag-forms";

type ClassificationField = {
  id: string;
  key: string;
  label: string;
  labelEn: string | null;
  type: (typeof FIELD_TYPES)[number];
  options: string[];
  active: boolean;
  customers: number;
};

function LabelInputs({ prefix, field, form }: { prefix: string; field?: ClassificationField; form: FormFields }) {
  const t = useTranslations("classificationAdmin");
  return (
    <>
      <Field label={t("field.label")} htmlFor={`${prefix}-label`} error={form.error("label")}>
        <input
          id={`${prefix}-label`}
          name="label"
          defaultValue={form.value("label", field?.label)}
          maxLength={30}
          className={inputClass}
          aria-invalid={form.invalid("label")}
        />
      </Field>
      <Field label={t("field.labelEn")} htmlFor={`${prefix}-labelEn`} error={form.error("labelEn")}>
        <input
          id={`${prefix}-labelEn`}
          name="labelEn"
          defaultValue={form.value("labelEn", field?.labelEn ?? "")}
          maxLength={60}
          className={inputClass}
          aria-invalid={form.invalid("labelEn")}
        />
      </Field>
    </>
  );
}

function OptionsInput({ prefix, value, form }: { prefix: string; value?: string[]; form: FormFields }) {
  const t = useTranslations("classificationAdmin");
  return (
    <div className="sm:col-span-2">
      <Field
        label={t("field.options")}
        htmlFor={`${prefix}-options`}
        error={form.error("options")}
        hint={t("field.optionsHint")}
      >
        <textarea
          id={`${prefix}-options`}
          name="options"
          rows={3}
          defaultValue={form.value("options", value?.join("\n"))}
          className={inputClass}
          aria-invalid={form.invalid("options")}
        />
      </Field>
    </div>
  );
}

/** A new classification field; the form clears after it is saved. */
export function FieldCreateForm() {
  const t = useTranslations("classificationAdmin");
  const form = useActionForm(createFieldAction);
  // The type picked since the last answer; after one, the type submitted (refused) or the default.
  const [picked, setPicked] = useState<{ at?: number; type: string } | null>(null);
  const type = picked && picked.at === form.state?.at ? picked.type : form.value("type", "SELECT");
  return (
    <form
      action={form.formAction}
      noValidate
      className="grid items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      data-testid="field-create"
    >
      <Field label={t("field.key")} htmlFor="new-field-key" error={form.error("key")} hint={t("field.keyHint")}>
        <input
          id="new-field-key"
          name="key"
          maxLength={40}
          autoComplete="off"
          defaultValue={form.value("key")}
          className={`${inputClass} font-mono`}
          aria-invalid={form.invalid("key")}
        />
      </Field>
      <LabelInputs prefix="new-field" form={form} />
      <Field label={t("field.type")} htmlFor="new-field-type" error={form.error("type")}>
        <select
          // A select takes a new default only when mounted.
          key={form.state?.at}
          id="new-field-type"
          name="type"
          defaultValue={type}
          onChange={(e) => setPicked({ at: form.state?.at, type: e.target.value })}
          className={inputClass}
          aria-invalid={form.invalid("type")}
        >
          {FIELD_TYPES.map((ft) => (
            <option key={ft} value={ft}>
              {t(`types.${ft}`)}
            </option>
          ))}
        </select>
      </Field>
      {type === "SELECT" && <OptionsInput prefix="new-field" form={form} />}
      <div className="flex items-end sm:col-span-2 lg:col-span-4">
        <button type="submit" disabled={form.pending} className={buttonClass("primary")}>
          {form.pending ? t("saving") : t("field.create")}
        </button>
        <FormMessage state={form.state} className="ml-3" />
      </div>
    </form>
  );
}

export function FieldRow({ field }: { field: ClassificationField }) {
  const t = useTranslations("classificationAdmin");
  const form = useActionForm(updateFieldAction);
  return (
    <li data-testid={`field-${field.key}`}>
      <details className="group">
        <summary className={SUMMARY}>
          <span className="font-medium">{field.label}</span>
          <span className="font-mono text-xs text-slate-500">{field.key}</span>
          <Badge tone="blue">{t(`types.${field.type}`)}</Badge>
          {!field.active && <Badge tone="slate">{t("field.inactive")}</Badge>}
          <span className="ml-auto text-xs text-slate-500">{t("customers", { count: field.customers })}</span>
          <span className="text-xs text-brand-700 group-open:hidden">{t("edit")}</span>
          {field.options.length > 0 && (
            <span className="basis-full text-xs text-slate-500">{field.options.join(" · ")}</span>
          )}
        </summary>
        <div className="border-t border-slate-100 px-4 pb-3">
          <form
            action={form.formAction}
            noValidate
            className="mt-2 grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4"
          >
            <input type="hidden" name="id" value={field.id} />
            <LabelInputs prefix={`field-${field.id}`} field={field} form={form} />
            {field.type === "SELECT" && <OptionsInput prefix={`field-${field.id}`} value={field.options} form={form} />}
            <label className="flex items-center gap-2 text-sm sm:col-span-2 lg:col-span-4">
              <input
                type="checkbox"
                name="active"
                defaultChecked={form.checked("active", "on", field.active)}
                className="size-4 accent-brand-600"
              />
              {t("field.active")}
            </label>
            <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
              <button type="submit" disabled={form.pending} className={buttonClass("secondary")}>
                {form.pending ? t("saving") : t("save")}
              </button>
              <FormMessage state={form.state} />
            </div>
          </form>
        </div>
      </details>
    </li>
  );
}
