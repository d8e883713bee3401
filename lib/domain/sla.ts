// Complaint SLA clocks (§7): deadlines computed at receipt, time left, at-risk and breached states.
// Pure functions of stored timestamps, computed in Asia/Shanghai (UTC+8 all year, no DST), so a clock
// reads the same after a restart. With businessHoursOnly the clock runs only inside working hours on
// working days: nights, weekends and holidays are skipped, make-up working days (调休) count.
import type { AppConfig } from "@/lib/domain/config";
import type { ComplaintCategory, Severity } from "@/lib/generated/prisma/enums";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Asia/Shanghai is UTC+8 without daylight saving. */
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;
/** A calendar with no working time at all must not loop forever. */
const MAX_DAYS = 3_660;

export type SlaConfig = AppConfig["complaintSla"];

export type SlaCalendar = {
  businessHoursOnly: boolean;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
  workDays: ReadonlySet<number>;
  /** YYYY-MM-DD → true for a make-up working day, false for a holiday. */
  exceptions: ReadonlyMap<string, boolean>;
};

export type HolidayDate = { date: string; isWorkday: boolean };

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The calendar of the config, with the Holiday table's dates (config dates win on the same day). */
export function slaCalendar(config: SlaConfig, holidays: HolidayDate[] = []): SlaCalendar {
  const exceptions = new Map<string, boolean>();
  for (const h of holidays) exceptions.set(h.date, h.isWorkday);
  for (const h of config.holidays) exceptions.set(h.date, h.workday);
  return {
    businessHoursOnly: config.businessHoursOnly,
    startMinute: minutes(config.workingHours.start),
    endMinute: minutes(config.workingHours.end),
    workDays: new Set(config.workDays),
    exceptions,
  };
}

/** The deadline hours of one complaint: the most specific override (category + severity) wins. */
export function slaHours(
  config: SlaConfig,
  category: ComplaintCategory,
  severity: Severity,
): { firstResponseHours: number; resolutionHours: number } {
  const rank = (o: SlaConfig["overrides"][number]) => (o.category ? 1 : 0) + (o.severity ? 2 : 0);
  const matching = config.overrides
    .filter((o) => (!o.category || o.category === category) && (!o.severity || o.severity === severity))
    .sort((a, b) => rank(a) - rank(b));
  let firstResponseHours = config.firstResponseHours;
  let resolutionHours = config.resolutionHours;
  for (const o of matching) {
    firstResponseHours = o.firstResponseHours ?? firstResponseHours;
    resolutionHours = o.resolutionHours ?? resolutionHours;
  }
  return { firstResponseHours, resolutionHours };
}

/** Local midnight (as a UTC instant) of the Shanghai day containing `ms`, with that day's date and ISO weekday. */
function shanghaiDay(ms: number): { start: number; date: string; isoWeekday: number } {
  const local = ms + SHANGHAI_OFFSET_MS;
  const localMidnight = Math.floor(local / DAY_MS) * DAY_MS;
  const d = new Date(localMidnight);
  const weekday = d.getUTCDay();
  return {
    start: localMidnight - SHANGHAI_OFFSET_MS,
    date: d.toISOString().slice(0, 10),
    isoWeekday: weekday === 0 ? 7 : weekday,
  };
}

export function isWorkingDay(cal: SlaCalendar, date: string, isoWeekday: number): boolean {
  const exception = cal.exceptions.get(date);
  return exception ?? cal.workDays.has(isoWeekday);
}

/** The working window [from, to) of the day starting at `dayStart`, or null on a day off. */
function windowOf(cal: SlaCalendar, day: ReturnType<typeof shanghaiDay>): [number, number] | null {
  if (!isWorkingDay(cal, day.date, day.isoWeekday)) return null;
  return [day.start + cal.startMinute * 60_000, day.start + cal.endMinute * 60_000];
}

/** `start` plus `hours` of SLA time. */
export function addSlaHours(start: Date, hours: number, cal: SlaCalendar): Date {
  let remaining = Math.round(hours * HOUR_MS);
  if (!cal.businessHoursOnly || remaining <= 0) return new Date(start.getTime() + Math.max(0, remaining));
  let cursor = start.getTime();
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = shanghaiDay(cursor);
    const window = windowOf(cal, day);
    if (window) {
      const from = Math.max(cursor, window[0]);
      if (from < window[1]) {
        const available = window[1] - from;
        if (remaining <= available) return new Date(from + remaining);
        remaining -= available;
      }
    }
    cursor = day.start + DAY_MS;
  }
  throw new Error("SLA calendar has no working time");
}

/** SLA time between two instants (0 when `to` is not after `from`). */
export function slaElapsedMs(from: Date, to: Date, cal: SlaCalendar): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  if (!cal.businessHoursOnly) return b - a;
  let total = 0;
  let cursor = a;
  for (let i = 0; i < MAX_DAYS * 10 && cursor < b; i++) {
    const day = shanghaiDay(cursor);
    const window = windowOf(cal, day);
    if (window) total += Math.max(0, Math.min(b, window[1]) - Math.max(cursor, window[0]));
    cursor = day.start + DAY_MS;
  }
  return total;
}

/** Both deadlines of a complaint received at `receivedAt`. */
export function slaDeadlines(
  receivedAt: Date,
  category: ComplaintCategory,
  severity: Severity,
  config: SlaConfig,
  cal: SlaCalendar,
): { responseDueAt: Date; resolutionDueAt: Date } {
  const h = slaHours(config, category, severity);
  return {
    responseDueAt: addSlaHours(receivedAt, h.firstResponseHours, cal),
    resolutionDueAt: addSlaHours(receivedAt, h.resolutionHours, cal),
  };
}

export type ClockState = "ok" | "atRisk" | "breached" | "met" | "metLate";

export type Clock = {
  state: ClockState;
  /** SLA time left (negative once overdue); null when the clock has stopped. */
  remainingMs: number | null;
  /** Share of the SLA time left, 0…1 (0 when overdue); null when stopped. */
  remainingShare: number | null;
};

/**
 * One clock: running from `startAt` to `dueAt` until `doneAt`. "Breached" when done late, or still
 * running past the deadline, or marked breached (the mark stays after closing). "At risk" when less than
 * `atRiskShare` of the SLA time is left. Done exactly at the deadline is on time.
 */
export function clockState(input: {
  startAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  breachedMark?: boolean;
  now: Date;
  atRiskShare: number;
  cal: SlaCalendar;
}): Clock {
  const { startAt, dueAt, doneAt, now, cal } = input;
  if (doneAt) {
    const late = input.breachedMark || doneAt.getTime() > dueAt.getTime();
    return { state: late ? "metLate" : "met", remainingMs: null, remainingShare: null };
  }
  const overdue = now.getTime() > dueAt.getTime();
  const remainingMs = overdue ? -slaElapsedMs(dueAt, now, cal) : slaElapsedMs(now, dueAt, cal);
  const total = slaElapsedMs(startAt, dueAt, cal);
  const remainingShare = overdue ? 0 : total > 0 ? Math.min(1, remainingMs / total) : 0;
  if (overdue || input.breachedMark) return { state: "breached", remainingMs, remainingShare };
  return { state: remainingShare < input.atRiskShare ? "atRisk" : "ok", remainingMs, remainingShare };
}

export type ComplaintClockInput = {
  receivedAt: Date;
  responseDueAt: Date;
  resolutionDueAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  responseBreached: boolean;
  resolutionBreached: boolean;
};

/** The complaint's two clocks and its overall SLA state (breached wins, then at risk). */
export function complaintClocks(c: ComplaintClockInput, now: Date, atRiskShare: number, cal: SlaCalendar) {
  const response = clockState({
    startAt: c.receivedAt,
    dueAt: c.responseDueAt,
    doneAt: c.firstResponseAt,
    breachedMark: c.responseBreached,
    now,
    atRiskShare,
    cal,
  });
  const resolution = clockState({
    startAt: c.receivedAt,
    dueAt: c.resolutionDueAt,
    doneAt: c.resolvedAt,
    breachedMark: c.resolutionBreached,
    now,
    atRiskShare,
    cal,
  });
  const states = [response.state, resolution.state];
  const overall: "ok" | "atRisk" | "breached" | "met" = states.some((s) => s === "breached" || s === "metLate")
    ? "breached"
    : states.includes("atRisk")
      ? "atRisk"
      : states.every((s) => s === "met")
        ? "met"
        : "ok";
  return { response, resolution, overall };
}

/** "2 h 05 m" style parts of a duration, for the badge text. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const abs = Math.abs(ms);
  return {
    days: Math.floor(abs / DAY_MS),
    hours: Math.floor((abs % DAY_MS) / HOUR_MS),
    minutes: Math.floor((abs % HOUR_MS) / 60_000),
  };
}
