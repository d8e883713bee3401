// Time arithmetic for generated data. Calendar days are integers (days since 1970-01-01), the
// way @db.Date columns hold them; instants are epoch milliseconds. "Today" is Asia/Shanghai.
import { shanghaiDate } from "@/lib/domain/dates";

export const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export interface Clock {
  /** Today's Shanghai calendar date, YYYY-MM-DD. */
  readonly today: string;
  readonly todayDay: number;
  readonly nowMs: number;
  readonly now: Date;
}

export function makeClock(now: Date = new Date()): Clock {
  const today = shanghaiDate(now);
  return { today, todayDay: isoToDay(today), nowMs: now.getTime(), now };
}

export function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The UTC-midnight Date Prisma uses for a @db.Date value. */
export function dayToDate(day: number): Date {
  return new Date(day * DAY_MS);
}

/** The instant at `minutes` past midnight (Shanghai time) of calendar day `day`. */
export function shanghaiInstant(day: number, minutes: number): number {
  return day * DAY_MS + minutes * 60_000 - SHANGHAI_OFFSET_MS;
}

/** The Shanghai calendar day an instant falls on. */
export function shanghaiDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** Same calendar date `years` later (29 Feb → 28 Feb). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear() + years;
  const m = d.getUTCMonth();
  const target = new Date(Date.UTC(y, m, d.getUTCDate()));
  if (target.getUTCMonth() !== m) return Math.floor(Date.UTC(y, m + 1, 0) / DAY_MS);
  return Math.floor(target.getTime() / DAY_MS);
}

/** Calendar day of 1 January of a year. */
export function yearStart(year: number): number {
  return Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** "YYYYMMDD" of a calendar day, for document numbers. */
export function compactDate(day: number): string {
  return dayToIso(day).replaceAll("-", "");
}
