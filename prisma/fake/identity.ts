// Identifiers that must pass the app's validators: resident IDs (GB 11643 check character from
// lib/domain/identity), mobiles, licence plates (incl. 8-character new-energy) and unified social
// credit codes (GB 32100, unique by construction).
import { idNumberCheckChar } from "@/lib/domain/identity";
import { dayToIso } from "./clock";
import { Rng } from "./rng";

/** An 18-digit resident ID whose birth date and gender digit match the person. */
export function idNumber(rng: Rng, regionCode: string, birthDay: number, gender: "MALE" | "FEMALE"): string {
  const birth = dayToIso(birthDay).replaceAll("-", "");
  const order = rng.int(0, 49) * 2 + (gender === "MALE" ? 1 : 0);
  const first17 = regionCode + birth + String(rng.int(0, 9)) + String(order).padStart(2, "0");
  return first17 + idNumberCheckChar(first17);
}

const MOBILE_PREFIXES = [
  "130",
  "131",
  "132",
  "133",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "153",
  "155",
  "156",
  "157",
  "158",
  "159",
  "166",
  "170",
  "176",
  "177",
  "180",
  "181",
  "182",
  "183",
  "185",
  "186",
  "187",
  "188",
  "189",
  "198",
  "199",
];

export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

const MAIL_DOMAINS = ["163.com", "126.com", "sina.com", "sohu.com", "139.com", "yeah.net", "outlook.com"];

/** Pinyin-based address when the name's pinyin is known, else a QQ mailbox (all digits). */
export function email(rng: Rng, pinyin: string | null): string {
  if (!pinyin || rng.chance(0.25)) return `${rng.int(10_000_000, 3_999_999_999)}@qq.com`;
  const suffix = rng.chance(0.6) ? String(rng.int(1, 9999)) : "";
  return `${pinyin}${suffix}@${rng.pick(MAIL_DOMAINS)}`;
}

// Plate serials never use I or O (they read as 1 and 0).
const PLATE_LETTERS = [..."ABCDEFGHJKLMNPQRSTUVWXYZ"];
const DIGITS = [..."0123456789"];

/**
 * A plate for a car registered in the city. Ordinary plates have a 5-character serial with at most
 * two letters; new-energy plates (8 characters) have D/F (small car) + 1 letter or digit + 4 digits.
 */
export function plate(rng: Rng, prefix: string, newEnergy: boolean): string {
  if (newEnergy) {
    const second = rng.chance(0.5) ? rng.pick(PLATE_LETTERS) : rng.pick(DIGITS);
    return `${prefix}${rng.chance(0.7) ? "D" : "F"}${second}${rng.digits(4)}`;
  }
  let serial = "";
  let letters = 0;
  for (let i = 0; i < 5; i++) {
    if (letters < 2 && rng.chance(0.18)) {
      serial += rng.pick(PLATE_LETTERS);
      letters++;
    } else serial += rng.pick(DIGITS);
  }
  return prefix + serial;
}

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code: 8 digits + check character. */
function organisationCode(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * ORG_CODE_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return body + (c === 10 ? "X" : c === 11 ? "0" : String(c));
}

/** GB 32100 check character for the first 17 characters of a unified social credit code. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * A unified social credit code, unique for each `serial` (a bijection scatters the serial over the
 * 8-digit organisation-code body). `authority`: "91" enterprise, "12" public institution, "51" association.
 */
export function creditCode(serial: number, regionCode: string, authority: "91" | "12" | "51"): string {
  const body = String((serial * 7919 + 13_572_468) % 100_000_000).padStart(8, "0");
  const first17 = authority + regionCode + organisationCode(body);
  return first17 + creditCodeCheckChar(first17);
}
