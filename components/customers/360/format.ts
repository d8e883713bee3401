// Display formats of the 360° page: calendar dates as YYYY-MM-DD and times in Asia/Shanghai.
import { BRANCH_TIME_ZONE } from "@/lib/domain/dates";

const dateTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: BRANCH_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-06-16 08:02" in Asia/Shanghai. */
export function shanghaiDateTime(iso: string): string {
  return dateTime.format(new Date(iso)).replace(",", "");
}

/** "2026-06-16" of an instant in Asia/Shanghai, or of a date-only value as stored. */
export function shanghaiDay(iso: string, dateOnly = false): string {
  return dateOnly ? iso.slice(0, 10) : shanghaiDateTime(iso).slice(0, 10);
}
