// Query parameters of the monthly complaint analysis (page, export, print): ?month=YYYY-MM&org=<uuid>.
import { z } from "zod";

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const analysisParams = z.object({
  month: monthSchema.optional(),
  org: z.uuid().optional(),
});

export type AnalysisParams = { month: string; org?: string };

/** Parses the URL; `valid` is false when a parameter was given but malformed. Defaults to this month. */
export function parseAnalysisParams(
  raw: Record<string, string | string[] | undefined>,
  today: string,
): { params: AnalysisParams; valid: boolean } {
  const pick = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = analysisParams.safeParse({ month: pick(raw.month), org: pick(raw.org) });
  if (!parsed.success) return { params: { month: today.slice(0, 7) }, valid: false };
  return { params: { month: parsed.data.month ?? today.slice(0, 7), org: parsed.data.org }, valid: true };
}

/** The print of one month's analysis (the print button and the browser's own print). */
export const analysisPrintInput = z.object({ month: monthSchema, org: z.uuid().optional() });
