"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { CUSTOMER_KINDS, GENDERS, MARITAL_STATUSES, PROSPECT_SOURCES } from "@/lib/validation/customer";
import { Section, SelectField, SensitiveField, TextField, type ErrorOf } from "./form-controls";

// The standard profile fields of §2 in three sections: basic data, contact, work and life.

const EDUCATION = ["doctor", "master", "bachelor", "college", "highSchool", "middleSchool"] as const;

export function ProfileSections({
  valueOf,
  masked,
  errorOf,
  resetKey,
  onIdBlur,
  onIdentifierChange,
}: {
  /** A field's default: what was typed if the last save was refused, else the saved value. */
  valueOf: (name: string) => string;
  masked: Record<string, string | undefined>;
  errorOf: ErrorOf;
  /** Changes after each answer of the server: selects remount to take their new default. */
  resetKey?: number;
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
          resetKey={resetKey}
          name="kind"
          label={t("fields.kind")}
          required
          defaultValue={valueOf("kind")}
          options={enumOptions("CustomerKind", CUSTOMER_KINDS)}
          error={errorOf("kind")}
        />
        <TextField
          name="name"
          label={t("fields.name")}
          required
          defaultValue={valueOf("name")}
          error={errorOf("name")}
          autoComplete="off"
        />
        <div onBlur={onIdBlur}>
          <SensitiveField
            name="idNumber"
            defaultValue={valueOf("idNumber")}
            label={t("fields.idNumber")}
            masked={masked.idNumber}
            hint={t("hints.idNumber")}
            error={errorOf("idNumber")}
            onValueChange={onIdentifierChange}
          />
        </div>
        <SelectField
          resetKey={resetKey}
          name="gender"
          label={t("fields.gender")}
          blank={t("none")}
          defaultValue={valueOf("gender")}
          options={enumOptions("Gender", GENDERS)}
          error={errorOf("gender")}
        />
        <TextField
          name="birthDate"
          type="date"
          label={t("fields.birthDate")}
          defaultValue={valueOf("birthDate")}
          error={errorOf("birthDate")}
        />
        <TextField
          name="nativePlace"
          label={t("fields.nativePlace")}
          defaultValue={valueOf("nativePlace")}
          error={errorOf("nativePlace")}
        />
        <SelectField
          resetKey={resetKey}
          name="maritalStatus"
          label={t("fields.maritalStatus")}
          blank={t("none")}
          defaultValue={valueOf("maritalStatus")}
          options={enumOptions("MaritalStatus", MARITAL_STATUSES)}
          error={errorOf("maritalStatus")}
        />
        <TextField
          name="education"
          label={t("fields.education")}
          defaultValue={valueOf("education")}
          list="education-options"
          error={errorOf("education")}
        />
        <SelectField
          resetKey={resetKey}
          name="prospectSource"
          label={t("fields.prospectSource")}
          blank={t("none")}
          defaultValue={valueOf("prospectSource")}
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
          defaultValue={valueOf("mobile")}
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
          defaultValue={valueOf("email")}
          error={errorOf("email")}
        />
        <SensitiveField
          name="homePhone"
          defaultValue={valueOf("homePhone")}
          label={t("fields.homePhone")}
          masked={masked.homePhone}
          inputMode="tel"
          hint={t("hints.phone")}
          error={errorOf("homePhone")}
        />
        <SensitiveField
          name="workPhone"
          defaultValue={valueOf("workPhone")}
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
          defaultValue={valueOf("homeAddress")}
          error={errorOf("homeAddress")}
          wide
        />
      </Section>

      <Section title={t("sections.work")}>
        <TextField
          name="employer"
          label={t("fields.employer")}
          defaultValue={valueOf("employer")}
          error={errorOf("employer")}
        />
        <TextField
          name="department"
          label={t("fields.department")}
          defaultValue={valueOf("department")}
          error={errorOf("department")}
        />
        <TextField
          name="position"
          label={t("fields.position")}
          defaultValue={valueOf("position")}
          error={errorOf("position")}
        />
        <TextField
          name="occupationType"
          label={t("fields.occupationType")}
          defaultValue={valueOf("occupationType")}
          error={errorOf("occupationType")}
        />
        <TextField
          name="workAddress"
          label={t("fields.workAddress")}
          defaultValue={valueOf("workAddress")}
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
              defaultValue={valueOf("lifeSituation")}
              aria-invalid={errorOf("lifeSituation") ? true : undefined}
              className={inputClass}
            />
          </Field>
        </div>
      </Section>
    </>
  );
}
