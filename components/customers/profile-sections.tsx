"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { CUSTOMER_KINDS, GENDERS, MARITAL_STATUSES, PROSPECT_SOURCES } from "@/lib/validation/customer";
import { Section, SelectField, SensitiveField, TextField, type ErrorOf } from "./form-controls";

// The standard profile fields of §2 in three sections: basic data, contact, work and life.

const EDUCATION = ["doctor", "master", "bachelor", "college", "highSchool", "middleSchool"] as const;

export function ProfileSections({
  values: v,
  masked,
  errorOf,
  onIdBlur,
  onIdentifierChange,
}: {
  values: Record<string, string | undefined>;
  masked: Record<string, string | undefined>;
  errorOf: ErrorOf;
  onIdBlur: (event: React.FocusEvent<HTMLDivElement>) => void;
  onIdentifierChange: () => void;
}) {
  const t = useTranslations("customerForm");
  const te = useTranslations("enums");
  const enumOptions = (name: string, values: readonly string[]) =>
    values.map((x) => ({ value: x, label: te(`${name}.${x}`) }));
  return (
    <>
      <Section title={t("sections.basic")}>
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          defaultValue={v.kind}
          options={enumOptions("CustomerKind", CUSTOMER_KINDS)}
          error={errorOf("kind")}
        />
        <TextField
          name="name"
          label={t("fields.name")}
          required
          defaultValue={v.name}
          error={errorOf("name")}
          autoComplete="off"
        />
        <div onBlur={onIdBlur}>
          <SensitiveField
            name="idNumber"
            label={t("fields.idNumber")}
            masked={masked.idNumber}
            hint={t("hints.idNumber")}
            error={errorOf("idNumber")}
            onValueChange={onIdentifierChange}
          />
        </div>
        <SelectField
          name="gender"
          label={t("fields.gender")}
          blank={t("none")}
          defaultValue={v.gender}
          options={enumOptions("Gender", GENDERS)}
          error={errorOf("gender")}
        />
        <TextField
          name="birthDate"
          type="date"
          label={t("fields.birthDate")}
          defaultValue={v.birthDate}
          error={errorOf("birthDate")}
        />
        <TextField
          name="nativePlace"
          label={t("fields.nativePlace")}
          defaultValue={v.nativePlace}
          error={errorOf("nativePlace")}
        />
        <SelectField
          name="maritalStatus"
          label={t("fields.maritalStatus")}
          blank={t("none")}
          defaultValue={v.maritalStatus}
          options={enumOptions("MaritalStatus", MARITAL_STATUSES)}
          error={errorOf("maritalStatus")}
        />
        <TextField
          name="education"
          label={t("fields.education")}
          defaultValue={v.education}
          list="education-options"
          error={errorOf("education")}
        />
        <SelectField
          name="prospectSource"
          label={t("fields.prospectSource")}
          blank={t("none")}
          defaultValue={v.prospectSource}
          options={enumOptions("ProspectSource", PROSPECT_SOURCES)}
          error={errorOf("prospectSource")}
        />
        <datalist id="education-options">
          {EDUCATION.map((e) => (
            <option key={e} value={t(`education.${e}`)} />
          ))}
        </datalist>
      </Section>

      <Section title={t("sections.contact")}>
        <SensitiveField
          name="mobile"
          label={t("fields.mobile")}
          masked={masked.mobile}
          inputMode="tel"
          hint={t("hints.mobile")}
          error={errorOf("mobile")}
          onValueChange={onIdentifierChange}
        />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          defaultValue={v.email}
          error={errorOf("email")}
        />
        <SensitiveField
          name="homePhone"
          label={t("fields.homePhone")}
          masked={masked.homePhone}
          inputMode="tel"
          hint={t("hints.phone")}
          error={errorOf("homePhone")}
        />
        <SensitiveField
          name="workPhone"
          label={t("fields.workPhone")}
          masked={masked.workPhone}
          inputMode="tel"
          hint={t("hints.phone")}
          error={errorOf("workPhone")}
        />
        <SensitiveField
          name="fax"
          label={t("fields.fax")}
          masked={masked.fax}
          inputMode="tel"
          hint={t("hints.phone")}
          error={errorOf("fax")}
        />
        <TextField
          name="homeAddress"
          label={t("fields.homeAddress")}
          defaultValue={v.homeAddress}
          error={errorOf("homeAddress")}
          wide
        />
      </Section>

      <Section title={t("sections.work")}>
        <TextField name="employer" label={t("fields.employer")} defaultValue={v.employer} error={errorOf("employer")} />
        <TextField
          name="department"
          label={t("fields.department")}
          defaultValue={v.department}
          error={errorOf("department")}
        />
        <TextField name="position" label={t("fields.position")} defaultValue={v.position} error={errorOf("position")} />
        <TextField
          name="occupationType"
          label={t("fields.occupationType")}
          defaultValue={v.occupationType}
          error={errorOf("occupationType")}
        />
        <TextField
          name="workAddress"
          label={t("fields.workAddress")}
          defaultValue={v.workAddress}
          error={errorOf("workAddress")}
          wide
        />
        <div className="sm:col-span-2 lg:col-span-3">
          <Field
            label={t("fields.lifeSituation")}
            htmlFor="lifeSituation"
            error={errorOf("lifeSituation")}
            hint={t("hints.lifeSituation")}
          >
            <textarea
              id="lifeSituation"
              name="lifeSituation"
              rows={3}
              defaultValue={v.lifeSituation ?? ""}
              aria-invalid={errorOf("lifeSituation") ? true : undefined}
              className={inputClass}
            />
          </Field>
        </div>
      </Section>
    </>
  );
}
