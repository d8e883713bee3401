// Reporting periods for the KPI cockpit (SPEC §10). All periods are calendar dates in Asia/Shanghai,
// inclusive at both ends, written YYYY-MM-DD; "today" comes from lib/domain/dates (shanghaiDate).
import { addDays, daysBetween } from "./dates";

export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = {
  kind: PeriodKind;
  /** month "2026-03", quarter "2026-Q1", year "2026", custom "2026-01-05_2026-02-10" */
  key: string;
  start: string;
  end: string;
};

const pad = (n: number) => String(n).padStart(2, "0");

function lastDayOfMonth(year: number, month: number): string {
  // Day 0 of the next month is the last day of this one.
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: "month",
    key: `${year}-${pad(month)}`,
    start: `${year}-${pad(month)}-01`,
    end: lastDayOfMonth(year, month),
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: "quarter",
    key: `${year}-Q${quarter}`,
    start: `${year}-${pad(first)}-01`,
    end: lastDayOfMonth(year, first + 2),
  };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", key: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

export function customPeriod(start: string, end: string): Period {
  const [a, b] = start <= end ? [start, end] : [end, start];
  return { kind: "custom", key: `${a}_${b}`, start: a, end: b };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The period of a kind that contains `today`. */
export function currentPeriod(kind: Exclude<PeriodKind, "custom">, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (kind === "month") return monthPeriod(year, month);
  if (kind === "quarter") return quarterPeriod(year, Math.ceil(month / 3));
  return yearPeriod(year);
}

/** Parses the URL form (kind + key, or kind=custom + from/to); null when malformed. */
export function parsePeriod(kind: PeriodKind, key: string | undefined, from?: string, to?: string): Period | null {
  if (kind === "custom") {
    if (!from || !to || !isIsoDate(from) || !isIsoDate(to)) return null;
    const p = customPeriod(from, to);
    return daysBetween(p.start, p.end) > 366 * 5 ? null : p;
  }
  if (!key) return null;
  if (kind === "month") {
    const m = /^(\d{4})-(\d{2})$/.exec(key);
    const month = m ? Number(m[2]) : 0;
    return m && month >= 1 && month <= 12 ? monthPeriod(Number(m[1]), month) : null;
  }
  if (kind === "quarter") {
    const m = /^(\d{4})-Q([1-4])$/.exec(key);
    return m ? quarterPeriod(Number(m[1]), Number(m[2])) : null;
  }
  return /^\d{4}$/.test(key) ? yearPeriod(Number(key)) : null;
}

/** The period just before: the previous month/quarter/year, or a custom range of equal length. */
export function previousPeriod(p: Period): Period {
  const year = Number(p.start.slice(0, 4));
  const month = Number(p.start.slice(5, 7));
  if (p.kind === "month") return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
  if (p.kind === "quarter") {
    const q = Math.ceil(month / 3);
    return q === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, q - 1);
  }
  if (p.kind === "year") return yearPeriod(year - 1);
  const length = daysBetween(p.start, p.end);
  const end = addDays(p.start, -1);
  return customPeriod(addDays(end, -length), end);
}

/** Periods shown in a KPI's trend chart, oldest first, ending with `p`: 12 months, 4 quarters or
 *  5 years; a custom range shows the 12 months up to the month of its end. */
export function trendPeriods(p: Period): Period[] {
  if (p.kind === "custom") {
    const end = monthPeriod(Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7)));
    return trendPeriods(end);
  }
  const count = p.kind === "month" ? 12 : p.kind === "quarter" ? 4 : 5;
  const list: Period[] = [p];
  while (list.length < count) list.unshift(previousPeriod(list[0]!));
  return list;
}

/** The last day whose state a period can report: its end, or today while it is still running. */
export function asOfDate(p: Period, today: string): string {
  return p.end < today ? p.end : today;
}

/** "Insured at the start of the period" is measured on the day before it starts. */
export function openingDate(p: Period): string {
  return addDays(p.start, -1);
}

/** Trend bucket granularity for date_trunc. */
export function trendGranularity(p: Period): "month" | "quarter" | "year" {
  return p.kind === "custom" ? "month" : p.kind;
}

/** The year whose KpiTarget applies (targets are yearly; a custom range uses the year of its end). */
export function targetYear(p: Period): number {
  return Number(p.end.slice(0, 4));
}

/** Shanghai midnight at the start of a date, as an instant (for timestamptz comparisons). */
export function shanghaiStartOf(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
