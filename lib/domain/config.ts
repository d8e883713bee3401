// Rules as data: every configurable threshold of SPEC with its default. Stored per key in the
// Setting table (JSON) and validated here, so pages, filters and KPI queries read the same rule.
import { z } from "zod";
import { ComplaintCategory, Severity } from "@/lib/generated/prisma/enums";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const complaintSlaOverride = z
  .object({
    category: z.enum(ComplaintCategory).optional(),
    severity: z.enum(Severity).optional(),
    firstResponseHours: z.number().int().positive().optional(),
    resolutionHours: z.number().int().positive().optional(),
  })
  .refine((o) => o.category !== undefined || o.severity !== undefined, {
    message: "override needs a category or a severity",
  });
export type ComplaintSlaOverride = z.infer<typeof complaintSlaOverride>;

export const configSchema = z.object({
  /** §3.8 VIP tiers by annual premium in yuan (lower bounds). */
  vipTiers: z
    .object({
      GOLD: z.number().positive(),
      PLATINUM: z.number().positive(),
      DIAMOND: z.number().positive(),
      SUPREME: z.number().positive(),
    })
    .refine((t) => t.GOLD < t.PLATINUM && t.PLATINUM < t.DIAMOND && t.DIAMOND < t.SUPREME, {
      message: "tiers must increase",
    }),
  /** §3.5 activity: years since last purchase after which a customer is semi-dormant / dormant. */
  dormancyYears: z
    .object({ semiDormant: z.number().positive(), dormant: z.number().positive() })
    .refine((d) => d.semiDormant < d.dormant, { message: "semi-dormant must come before dormant" }),
  /** §7 SLA hours. */
  complaintSla: z.object({
    firstResponseHours: z.number().int().positive(),
    resolutionHours: z.number().int().positive(),
    atRiskShare: z.number().min(0).max(1),
    reopenWindowDays: z.number().int().nonnegative(),
    businessHoursOnly: z.boolean(),
    /** Per category and/or severity deadlines; the most specific match wins (both > severity > category). */
    overrides: z.array(complaintSlaOverride).max(100).default([]),
    /** The business-hours calendar (used when businessHoursOnly): working hours in Asia/Shanghai. */
    workingHours: z
      .object({ start: hhmm, end: hhmm })
      .refine((w) => w.start < w.end, { message: "working hours must end after they start" })
      .default({ start: "09:00", end: "18:00" }),
    /** ISO weekdays worked (1 = Monday … 7 = Sunday). */
    workDays: z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5]),
    /** Holiday dates (YYYY-MM-DD), added to the Holiday table's; `workday` marks a make-up day (调休). */
    holidays: z
      .array(z.object({ date: isoDate, workday: z.boolean().default(false) }))
      .max(400)
      .default([]),
    /** Hours after the first breach at which an unresolved complaint climbs each further org level. */
    escalationStepHours: z.number().int().positive().default(48),
  }),
  /** §5 warnings. */
  riskWarnings: z.object({
    multipleClaimsCount: z.number().int().positive(),
    highLossRatio: z.number().positive(),
  }),
  /** §6 visit rules and the contact-frequency guard. */
  visits: z.object({
    newCustomerWithinDays: z.number().int().positive(),
    preExpiryDays: z.number().int().positive(),
    maxContactsPer30Days: z.number().int().positive(),
  }),
  /** §3.9 tenure: a customer is 新客户 for this many years after the first purchase. */
  newCustomerYears: z.number().positive(),
});

export type AppConfig = z.infer<typeof configSchema>;
export type ConfigKey = keyof AppConfig;

export const defaultConfig: AppConfig = {
  vipTiers: { GOLD: 50_000, PLATINUM: 100_000, DIAMOND: 150_000, SUPREME: 200_000 },
  dormancyYears: { semiDormant: 1, dormant: 3 },
  complaintSla: {
    firstResponseHours: 48,
    resolutionHours: 72,
    atRiskShare: 0.25,
    reopenWindowDays: 30,
    businessHoursOnly: false,
    overrides: [],
    workingHours: { start: "09:00", end: "18:00" },
    workDays: [1, 2, 3, 4, 5],
    holidays: [],
    escalationStepHours: 48,
  },
  riskWarnings: { multipleClaimsCount: 3, highLossRatio: 0.8 },
  visits: { newCustomerWithinDays: 30, preExpiryDays: 30, maxContactsPer30Days: 4 },
  newCustomerYears: 1,
};

/** Merges stored settings over the defaults; an invalid stored value falls back to its default. */
export function resolveConfig(stored: Partial<Record<string, unknown>>): AppConfig {
  const merged: Record<string, unknown> = { ...defaultConfig };
  for (const key of Object.keys(defaultConfig) as ConfigKey[]) {
    if (stored[key] === undefined) continue;
    const parsed = configSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) merged[key] = parsed.data;
  }
  return configSchema.parse(merged);
}
