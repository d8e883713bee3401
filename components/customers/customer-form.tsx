"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { createCustomerAction, updateCustomerAction } from "@/lib/actions/customers";
import { fieldMessages, type Translator } from "@/lib/actions/messages";
import type { FormField, FormTag } from "@/lib/data/customers/form-definitions";
import { parseIdNumber } from "@/lib/domain/identity";
import { customerFormValues, customerSchema } from "@/lib/validation/customer";
import { CustomFieldInputs, TagPicker } from "./classification-inputs";
import { Section, SelectField } from "./form-controls";
import { focusFirstError, FormStatus } from "./form-status";
import { ProfileSections } from "./profile-sections";

export type CustomerFormProps = {
  mode: "create" | "edit";
  initial?: {
    values: Record<string, string>;
    masked: Record<string, string>;
    tags: string[];
    fieldValues: Record<string, string>;
  };
  id?: string;
  version?: number;
  fields: FormField[];
  tags: FormTag[];
  /** Units a service user may place a new customer in (empty for agents and on edit). */
  orgUnits: { id: string; name: string; nameEn: string }[];
  /** For an agent creating a customer: their unit, which the customer will belong to. */
  ownOrgName?: string;
  cancelHref: string;
  reloadHref?: string;
};

export function CustomerForm(props: CustomerFormProps) {
  const t = useTranslations("customerForm");
  const shared = useTranslations("errors");
  const locale = useLocale();
  const form = useActionForm(props.mode === "create" ? createCustomerAction : updateCustomerAction);
  // Checked in the browser before sending (instant feedback); the server checks again.
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [duplicateHidden, setDuplicateHidden] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () => customerSchema({ fields: props.fields, tagIds: new Set(props.tags.map((x) => x.id)) }),
    [props.fields, props.tags],
  );
  const initial = props.initial ?? { values: { kind: "INDIVIDUAL" }, masked: {}, tags: [], fieldValues: {} };
  const saved = initial.values;

  const errors = clientErrors ?? form.failed?.fieldErrors ?? {};
  const errorOf = (name: string) => errors[name];
  /** The default of a field: what was typed when the last save was refused, else the saved value. */
  const valueOf = (name: string) => form.value(name, saved[name] ?? "");

  // After the server answers, bring the user to what needs attention.
  useEffect(() => {
    if (!form.failed) return;
    if (Object.keys(form.failed.fieldErrors).length > 0) focusFirstError(formRef.current, form.failed.fieldErrors);
    else statusRef.current?.scrollIntoView({ block: "center" });
  }, [form.failed]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const raw = customerFormValues(new FormData(event.currentTarget));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      // Not sent: the form keeps what was typed (no action ran, so React does not reset it).
      event.preventDefault();
      const found = fieldMessages(
        t as unknown as Translator,
        shared as unknown as Translator,
        parsed.error.issues,
        raw,
      );
      setClientErrors(found);
      focusFirstError(formRef.current, found);
      return;
    }
    setClientErrors(null);
    setDuplicateHidden(false);
  }

  // A valid ID number fills a blank birth date and gender.
  function fillFromIdNumber(event: React.FocusEvent<HTMLDivElement>) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.name !== "idNumber" || !formRef.current) return;
    const info = parseIdNumber(input.value);
    if (!info) return;
    const birth = formRef.current.elements.namedItem("birthDate") as HTMLInputElement | null;
    const gender = formRef.current.elements.namedItem("gender") as HTMLSelectElement | null;
    if (birth && !birth.value) birth.value = info.birthDate;
    if (gender && !gender.value) gender.value = info.gender;
  }

  // Selects take a new default only when mounted: remount them after each answer.
  const resetKey = form.state?.at;
  return (
    <form
      ref={formRef}
      action={form.formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid="customer-form"
    >
      {props.id && <input type="hidden" name="id" value={props.id} />}
      {props.version !== undefined && <input type="hidden" name="version" value={props.version} />}

      <ProfileSections
        valueOf={valueOf}
        masked={initial.masked}
        errorOf={errorOf}
        resetKey={resetKey}
        onIdBlur={fillFromIdNumber}
        onIdentifierChange={() => setDuplicateHidden(true)}
      />

      <Section title={t("sections.classification")}>
        <TagPicker
          tags={props.tags}
          checked={(tagId) => form.checked("tags", tagId, initial.tags.includes(tagId))}
          error={errorOf("tags")}
        />
        <CustomFieldInputs
          fields={props.fields}
          valueOf={(fieldId) => form.value(`cf.${fieldId}`, initial.fieldValues[fieldId] ?? "")}
          errorOf={errorOf}
          resetKey={resetKey}
        />
      </Section>

      {props.mode === "create" && (props.orgUnits.length > 0 || props.ownOrgName) && (
        <Section title={t("sections.ownership")}>
          {props.orgUnits.length > 0 ? (
            <SelectField
              resetKey={resetKey}
              name="orgUnitId"
              label={t("fields.orgUnitId")}
              required
              defaultValue={form.value("orgUnitId", props.orgUnits.length === 1 ? props.orgUnits[0]!.id : "")}
              blank={t("none")}
              hint={t("hints.orgUnitId")}
              options={props.orgUnits.map((o) => ({ value: o.id, label: locale === "en" ? o.nameEn : o.name }))}
              error={errorOf("orgUnitId")}
            />
          ) : (
            <p className="text-slate-600 sm:col-span-2">{t("hints.agentOwns", { org: props.ownOrgName ?? "" })}</p>
          )}
        </Section>
      )}

      <div ref={statusRef} className="space-y-3">
        <FormStatus
          state={form.state}
          clientInvalid={clientErrors !== null}
          duplicateHidden={duplicateHidden}
          pending={form.pending}
          reloadHref={props.reloadHref}
        />
      </div>

      <div className="sticky bottom-0 -mx-3 flex items-center justify-end gap-2 border-t border-slate-200 bg-white/95 px-3 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:px-0">
        <ButtonLink href={props.cancelHref} variant="secondary">
          {t("cancel")}
        </ButtonLink>
        <button
          type="submit"
          disabled={form.pending}
          aria-busy={form.pending || undefined}
          className={buttonClass("primary")}
        >
          {form.pending ? t("saving") : props.mode === "create" ? t("create") : t("save")}
        </button>
      </div>
    </form>
  );
}
