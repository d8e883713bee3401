// §2 standard profile fields of the archive and the rules that read them: contactability (§3.4),
// high-income occupations (ability, §3.11), the customer number of a new record, and which empty
// fields a merge fills from the record that disappears.

export const PROFILE_FIELDS = [
  "gender",
  "birthDate",
  "nativePlace",
  "maritalStatus",
  "education",
  "idNumber",
  "mobile",
  "email",
  "workPhone",
  "homePhone",
  "fax",
  "employer",
  "department",
  "workAddress",
  "position",
  "occupationType",
  "homeAddress",
  "lifeSituation",
  "prospectSource",
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Shown masked everywhere unless revealed (SPEC §2 最小必要). */
export const SENSITIVE_FIELDS = [
  "idNumber",
  "mobile",
  "workPhone",
  "homePhone",
  "fax",
] as const satisfies readonly ProfileField[];
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

export function isSensitiveField(field: string): field is SensitiveField {
  return (SENSITIVE_FIELDS as readonly string[]).includes(field);
}

type ProfileValues = { [K in ProfileField]?: unknown };

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The profile fields the target lacks and the source has: a merge copies exactly these. */
export function fieldsToFill(target: ProfileValues, source: ProfileValues): ProfileField[] {
  return PROFILE_FIELDS.filter((f) => isEmpty(target[f]) && !isEmpty(source[f]));
}

/**
 * §3.4: a person can be reached with a mobile, home phone or e-mail; organisations always have a
 * contact (their switchboard / contact person).
 */
export function isContactable(c: {
  kind: string;
  mobile: string | null;
  homePhone: string | null;
  email: string | null;
}): boolean {
  if (c.kind === "CORPORATE" || c.kind === "GROUP") return true;
  return Boolean(c.mobile || c.homePhone || c.email);
}

/** Occupation types (职业类型) that count as high income for the ability score. */
const HIGH_INCOME_OCCUPATIONS = ["企业管理人员", "金融从业人员", "私营企业主"];

export function isHighIncomeOccupation(occupationType: string | null): boolean {
  return occupationType !== null && HIGH_INCOME_OCCUPATIONS.some((o) => occupationType.startsWith(o));
}

/**
 * 客户编号 of a record created in the app: "KH", the Shanghai date (yyMMdd) and five random digits,
 * 13 characters like the imported numbers (KH + 2-digit city + 9-digit sequence, whose city codes
 * never start like a year from 2022 on). The caller retries on the rare unique-key collision.
 */
export function newCustomerNo(shanghaiIsoDate: string, random: () => number = Math.random): string {
  const yymmdd = shanghaiIsoDate.slice(2, 4) + shanghaiIsoDate.slice(5, 7) + shanghaiIsoDate.slice(8, 10);
  const serial = String(Math.floor(random() * 100_000)).padStart(5, "0");
  return `KH${yymmdd}${serial}`;
}
