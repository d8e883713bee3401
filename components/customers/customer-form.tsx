"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import type { FormField, FormTag } from "@/lib/data/customers/form-definitions";
import { parseIdNumber } from "@/lib/domain/identity";
import {
  customerFormValues,
  customerSchema,
  fieldErrorsOf,
  type CustomerFormState,
  type FieldErrors,
} from "@/lib/validation/customer";
import { CustomFieldInputs, TagPicker } from "./classification-inputs";
import { DuplicateWarning } from "./duplicate-warning";
import { Section, SelectField } from "./form-controls";
import { focusFirstError, FormStatus } from "./form-status";
import { ProfileSections } from "./profile-sections";

export type CustomerFormProps = {
  mode: "create" | "edit";
  action: (state: CustomerFormState, form: FormData) => Promise<CustomerFormState>;
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
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [duplicateHidden, setDuplicateHidden] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () => customerSchema({ fields: props.fields, tagIds: new Set(props.tags.map((x) => x.id)) }),
    [props.fields, props.tags],
  );
  const initial = props.initial ?? { values: { kind: "INDIVIDUAL" }, masked: {}, tags: [], fieldValues: {} };
  const v = initial.values;

  const errors: FieldErrors = clientErrors ?? (state.status === "invalid" ? state.errors : {});
  const errorOf = (name: string) => {
    const key = errors[name]?.[0];
    return key ? t(`errors.${key}`) : undefined;
  };

  // After the server answers, bring the user to what needs attention.
  useEffect(() => {
    if (state.status === "invalid") focusFirstError(formRef.current, state.errors);
    else if (state.status !== "idle") statusRef.current?.scrollIntoView({ block: "center" });
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    const parsed = schema.safeParse(customerFormValues(form));
    if (!parsed.success) {
      const found = fieldErrorsOf(parsed.error);
      setClientErrors(found);
      focusFirstError(formRef.current, found);
      return;
    }
    setClientErrors(null);
    setDuplicateHidden(false);
    startTransition(() => formAction(form));
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

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid="customer-form"
    >
      {props.id && <input type="hidden" name="id" value={props.id} />}
      {props.version !== undefined && <input type="hidden" name="version" value={props.version} />}

      <ProfileSections
        values={v}
        masked={initial.masked}
        errorOf={errorOf}
        onIdBlur={fillFromIdNumber}
        onIdentifierChange={() => setDuplicateHidden(true)}
      />

      <Section title={t("sections.classification")}>
        <TagPicker tags={props.tags} selected={initial.tags} error={errorOf("tags")} />
        <CustomFieldInputs fields={props.fields} values={initial.fieldValues} errorOf={errorOf} />
      </Section>

      {props.mode === "create" && (props.orgUnits.length > 0 || props.ownOrgName) && (
        <Section title={t("sections.ownership")}>
          {props.orgUnits.length > 0 ? (
            <SelectField
              name="orgUnitId"
              label={t("fields.orgUnitId")}
              required
              defaultValue={props.orgUnits.length === 1 ? props.orgUnits[0]!.id : ""}
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
        <FormStatus state={state} clientInvalid={clientErrors !== null} reloadHref={props.reloadHref} />
        {state.status === "duplicate" && !duplicateHidden && !clientErrors && (
          <DuplicateWarning duplicates={state.duplicates} pending={pending} />
        )}
      </div>

      <div className="sticky bottom-0 -mx-3 flex items-center justify-end gap-2 border-t border-slate-200 bg-white/95 px-3 py-3 backdrop-blur md:static md:mx-0 md:border-0 md:bg-transparent md:px-0">
        <ButtonLink href={props.cancelHref} variant="secondary">
          {t("cancel")}
        </ButtonLink>
        <button type="submit" disabled={pending} aria-busy={pending || undefined} className={buttonClass("primary")}>
          {pending ? t("saving") : props.mode === "create" ? t("create") : t("save")}
        </button>
      </div>
    </form>
  );
}
