// "Today" and calendar dates are computed in Asia/Shanghai; timestamps are stored in UTC.
export const BRANCH_TIME_ZONE = "Asia/Shanghai";

const dateFormatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: BRANCH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** YYYY-MM-DD of an instant in Asia/Shanghai. */
export function shanghaiDate(at: Date = new Date()): string {
  return dateFormatter.format(at);
}

/** A YYYY-MM-DD date as the UTC-midnight Date that Prisma uses for @db.Date columns. */
export function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function addDays(isoDate: string, days: number): string {
  const d = dateOnly(isoDate);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateOnly(to).getTime() - dateOnly(from).getTime()) / 86_400_000);
}
