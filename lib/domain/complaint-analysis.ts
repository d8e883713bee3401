// Rate arithmetic of the monthly complaint analysis (客户投诉分析表). The SQL returns counts; these
// turn them into the figures shown, exported and printed.

/** Complaints per 10,000 customers, or null without customers. */
export function per10k(complaints: number, customers: number): number | null {
  return customers > 0 ? (complaints / customers) * 10_000 : null;
}

/** Part of the whole (0–1), or null when the whole is zero. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * SLA compliance (0–1): complaints whose clock is over (answered, or past the deadline) that were not
 * breached, over those complaints. The same definition as the cockpit's complaintSla48h / 72h.
 */
export function slaCompliance(inTime: number, measured: number): number | null {
  return share(inTime, measured);
}

/** Mean handling time in hours (received → resolved) of the resolved complaints. */
export function averageHours(hoursSum: number, resolved: number): number | null {
  return resolved > 0 ? hoursSum / resolved : null;
}

/** YYYY-MM of the month before / after. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The `count` months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count + 1));
}

/** Change against the previous month as a share (0.25 = +25 %), null when the previous was 0. */
export function monthOverMonth(current: number, previous: number): number | null {
  return previous > 0 ? (current - previous) / previous : null;
}

export const ANALYSIS_DIMENSIONS = ["category", "channel", "org", "product", "rootCause"] as const;
export type AnalysisDimension = (typeof ANALYSIS_DIMENSIONS)[number];
