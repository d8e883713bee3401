"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FIELD_TYPES, type AdminFormState } from "@/lib/validation/classification";
import { FormMessage } from "./form-message";
import { SUMMARY } from "./tag-forms";
import { useAdminForm } from "./use-admin-form";

type Action = (state: AdminFormState, form: FormData) => Promise<AdminFormState>;
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

function useErr(errorKey: (n: string) => string | undefined) {
  const t = useTranslations("classificationAdmin");
  return (n: string) => (errorKey(n) ? t(`errors.${errorKey(n)}`) : undefined);
}

function LabelInputs({
  prefix,
  field,
  err,
}: {
  prefix: string;
  field?: ClassificationField;
  err: (n: string) => string | undefined;
}) {
  const t = useTranslations("classificationAdmin");
  return (
    <>
      <Field label={t("field.label")} htmlFor={`${prefix}-label`} error={err("label")}>
        <input
          id={`${prefix}-label`}
          name="label"
          defaultValue={field?.label}
          maxLength={30}
          className={inputClass}
          aria-invalid={err("label") ? true : undefined}
        />
      </Field>
      <Field label={t("field.labelEn")} htmlFor={`${prefix}-labelEn`} error={err("labelEn")}>
        <input
          id={`${prefix}-labelEn`}
          name="labelEn"
          defaultValue={field?.labelEn ?? ""}
          maxLength={60}
          className={inputClass}
        />
      </Field>
    </>
  );
}

function OptionsInput({
  prefix,
  value,
  err,
}: {
  prefix: string;
  value?: string[];
  err: (n: string) => string | undefined;
}) {
  const t = useTranslations("classificationAdmin");
  return (
    <div className="sm:col-span-2">
      <Field
        label={t("field.options")}
        htmlFor={`${prefix}-options`}
        error={err("options")}
        hint={t("field.optionsHint")}
      >
        <textarea
          id={`${prefix}-options`}
          name="options"
          rows={3}
          defaultValue={value?.join("\n")}
          className={inputClass}
          aria-invalid={err("options") ? true : undefined}
        />
      </Field>
    </div>
  );
}

export function FieldCreateForm({ action }: { action: Action }) {
  const t = useTranslations("classificationAdmin");
  const { state, pending, errorKey, formProps } = useAdminForm(action, { resetOnSave: true });
  const err = useErr(errorKey);
  const [type, setType] = useState<string>("SELECT");
  return (
    <form
      {...formProps}
      className="grid items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      data-testid="field-create"
    >
      <Field label={t("field.key")} htmlFor="new-field-key" error={err("key")} hint={t("field.keyHint")}>
        <input
          id="new-field-key"
          name="key"
          maxLength={40}
          autoComplete="off"
          className={`${inputClass} font-mono`}
          aria-invalid={err("key") ? true : undefined}
        />
      </Field>
      <LabelInputs prefix="new-field" err={err} />
      <Field label={t("field.type")} htmlFor="new-field-type" error={err("type")}>
        <select
          id="new-field-type"
          name="type"
          value={type}
          onChange={(e) => setType(e.target.value)}
          className={inputClass}
        >
          {FIELD_TYPES.map((ft) => (
            <option key={ft} value={ft}>
              {t(`types.${ft}`)}
            </option>
          ))}
        </select>
      </Field>
      {type === "SELECT" && <OptionsInput prefix="new-field" err={err} />}
      <div className="flex items-end sm:col-span-2 lg:col-span-4">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? t("saving") : t("field.create")}
        </button>
        <FormMessage state={state} className="ml-3" />
      </div>
    </form>
  );
}

export function FieldRow({ field, update }: { field: ClassificationField; update: Action }) {
  const t = useTranslations("classificationAdmin");
  const { state, pending, errorKey, formProps } = useAdminForm(update);
  const err = useErr(errorKey);
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
          <form {...formProps} className="mt-2 grid items-start gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <input type="hidden" name="id" value={field.id} />
            <LabelInputs prefix={`field-${field.id}`} field={field} err={err} />
            {field.type === "SELECT" && <OptionsInput prefix={`field-${field.id}`} value={field.options} err={err} />}
            <label className="flex items-center gap-2 text-sm sm:col-span-2 lg:col-span-4">
              <input type="checkbox" name="active" defaultChecked={field.active} className="size-4 accent-brand-600" />
              {t("field.active")}
            </label>
            <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
              <button type="submit" disabled={pending} className={buttonClass("secondary")}>
                {pending ? t("saving") : t("save")}
              </button>
              <FormMessage state={state} />
            </div>
          </form>
        </div>
      </details>
    </li>
  );
}
