// §6 care lists: which customers have their birthday in a date range, the holidays the branch sends
// greetings for (a small table of dates per year, lunar holidays included) and how to greet.
// Pure: dates are Asia/Shanghai calendar days as YYYY-MM-DD.
import type { VipTier } from "./classification";
import { addDays, dateOnly, daysBetween } from "./dates";

export const CARE_RANGES = ["today", "week", "month", "next30", "custom"] as const;
export type CareRange = (typeof CARE_RANGES)[number];

/** A custom range may span at most this many days (a quarter). */
export const MAX_RANGE_DAYS = 92;

export type DateRange = { from: string; to: string };

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (n: number) => String(n).padStart(2, "0");

/** The days of a named range around `today`: this week is Monday to Sunday. */
export function resolveRange(range: Exclude<CareRange, "custom">, today: string): DateRange {
  switch (range) {
    case "today":
      return { from: today, to: today };
    case "week": {
      const weekday = (dateOnly(today).getUTCDay() + 6) % 7; // Monday = 0
      const from = addDays(today, -weekday);
      return { from, to: addDays(from, 6) };
    }
    case "month": {
      const [y, m] = today.split("-").map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
    }
    case "next30":
      return { from: today, to: addDays(today, 29) };
  }
}

/** A custom range is valid when it runs forwards and spans at most MAX_RANGE_DAYS days. */
export function validRange(r: DateRange): boolean {
  const span = daysBetween(r.from, r.to);
  return span >= 0 && span < MAX_RANGE_DAYS;
}

/** Month and day as one number (March 5 → 305), the key the birthday index is built on. */
export function monthDayKey(isoDate: string): number {
  return Number(isoDate.slice(5, 7)) * 100 + Number(isoDate.slice(8, 10));
}

/**
 * The month-day keys whose birthday is celebrated in the range, in calendar order (a range over the
 * year end runs December → January). Someone born on 29 February celebrates on 28 February in a
 * common year, so that day also brings key 229.
 */
export function birthdayKeys(r: DateRange): number[] {
  const keys: number[] = [];
  for (let day = r.from; day <= r.to; day = addDays(day, 1)) {
    keys.push(monthDayKey(day));
    if (day.endsWith("-02-28") && !isLeap(Number(day.slice(0, 4)))) keys.push(229);
  }
  return [...new Set(keys)];
}

/** The day in the range on which a person born on `birthDate` celebrates, or null when none. */
export function birthdayInRange(birthDate: string, r: DateRange): string | null {
  const key = monthDayKey(birthDate);
  for (let day = r.from; day <= r.to; day = addDays(day, 1)) {
    const celebrates =
      monthDayKey(day) === key || (key === 229 && day.endsWith("-02-28") && !isLeap(Number(day.slice(0, 4))));
    if (celebrates) return day;
  }
  return null;
}

/** Age reached on that birthday. */
export function ageOn(birthDate: string, day: string): number {
  return Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
}

export const HOLIDAYS = ["NEW_YEAR", "SPRING_FESTIVAL", "DRAGON_BOAT", "MID_AUTUMN", "NATIONAL_DAY"] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** Solar holidays fall on the same day every year; lunar ones are listed per year (农历). */
const FIXED: Partial<Record<Holiday, string>> = { NEW_YEAR: "01-01", NATIONAL_DAY: "10-01" };
const LUNAR: Partial<Record<Holiday, Record<number, string>>> = {
  SPRING_FESTIVAL: { 2025: "01-29", 2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13", 2030: "02-03" },
  DRAGON_BOAT: { 2025: "05-31", 2026: "06-19", 2027: "06-09", 2028: "05-28", 2029: "06-16", 2030: "06-05" },
  MID_AUTUMN: { 2025: "10-06", 2026: "09-25", 2027: "09-15", 2028: "10-03", 2029: "09-22", 2030: "09-12" },
};

/** The years the table knows every holiday for. */
export const HOLIDAY_YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;

export function holidayDate(holiday: Holiday, year: number): string | null {
  const fixed = FIXED[holiday];
  if (fixed) return `${year}-${fixed}`;
  const md = LUNAR[holiday]?.[year];
  return md ? `${year}-${md}` : null;
}

/** The next holiday on or after `today` (looking into next year), for the list's default. */
export function upcomingHoliday(today: string): { holiday: Holiday; date: string } | null {
  const year = Number(today.slice(0, 4));
  const candidates = [year, year + 1].flatMap((y) =>
    HOLIDAYS.flatMap((h) => {
      const date = holidayDate(h, y);
      return date && date >= today ? [{ holiday: h, date }] : [];
    }),
  );
  candidates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return candidates[0] ?? null;
}

export type GreetingMethod = "ON_SITE" | "PHONE";

/** §6: on-site visits for large (高端, tier ≥ Gold) customers at holidays, a phone call for the others. */
export function greetingMethod(vipTier: VipTier): GreetingMethod {
  return vipTier === "NONE" ? "PHONE" : "ON_SITE";
}
