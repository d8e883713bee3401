// Chinese identifiers: 18-digit resident ID (GB 11643), mobile numbers, licence plates, and masking.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = "10X98765432";

/** The GB 11643 check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARS[sum % 11]!;
}

export type IdNumberInfo = { birthDate: string; gender: "MALE" | "FEMALE"; regionCode: string };

/** Parses a valid 18-digit resident ID; returns null when the format, date or checksum is wrong. */
export function parseIdNumber(raw: string): IdNumberInfo | null {
  const id = raw.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return null;
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return null;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? "MALE" : "FEMALE",
    regionCode: id.slice(0, 6),
  };
}

export function isValidIdNumber(raw: string): boolean {
  return parseIdNumber(raw) !== null;
}

/** Mainland mobile: 11 digits starting 13–19. */
export function isValidMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(raw.trim());
}

const PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

/**
 * Licence plate: province character + issuing-authority letter + 5 characters (ordinary)
 * or 6 characters (new-energy, 8 in all, with D/F in the first or last position of the serial).
 */
export function isValidPlate(raw: string): boolean {
  const p = normalizePlate(raw);
  const head = `[${PROVINCE_ABBR}][A-HJ-NP-Z]`;
  const ordinary = new RegExp(`^${head}[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]$`);
  const newEnergy = new RegExp(`^${head}(?:[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF])$`);
  return ordinary.test(p) || newEnergy.test(p);
}

export function normalizePlate(raw: string): string {
  return raw.replace(/[\s·•-]/g, "").toUpperCase();
}

/** 110101199003071234 → 110***********1234 */
export function maskIdNumber(id: string): string {
  if (id.length <= 7) return "*".repeat(id.length);
  return id.slice(0, 3) + "*".repeat(id.length - 7) + id.slice(-4);
}

/** 13812345678 → 138****5678; landlines keep their last four digits. */
export function maskPhone(phone: string): string {
  if (phone.length === 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length <= 4) return "*".repeat(phone.length);
  return "*".repeat(phone.length - 4) + phone.slice(-4);
}
