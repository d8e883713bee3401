// Survey forms and list filters. Error messages are keys of surveys.errors, translated by the UI.
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/kpi-period";

export const SURVEY_METHODS = ["QUESTIONNAIRE", "PHONE", "ON_SITE", "ONLINE"] as const;
export const SURVEY_TRIGGERS = ["CLAIM_CLOSED", "COMPLAINT_CLOSED", "NEW_PURCHASE", "PERIODIC", "MANUAL"] as const;
export const SURVEY_STATUSES = ["PENDING", "COMPLETED", "CANCELLED"] as const;
export const CHANNELS = ["INDIVIDUAL", "BANCASSURANCE", "GROUP", "TELEMARKETING"] as const;
export const VIP_TIERS = ["NONE", "GOLD", "PLATINUM", "DIAMOND", "SUPREME"] as const;

/** One answer as the form sends it: the question id and the raw value (blank when unanswered). */
export const answerInput = z.object({ questionId: z.uuid(), value: z.string().max(2000, "text") });

export const recordSurveyInput = z.object({
  surveyId: z.uuid(),
  method: z.enum(SURVEY_METHODS, "method"),
  answers: z.array(answerInput).max(100),
});

export type RecordSurveyInput = z.infer<typeof recordSurveyInput>;

/** Reads the answer form: `method` and one `q:<questionId>` field per question. */
export function recordSurveyFormValues(form: FormData): Record<string, unknown> {
  const answers: { questionId: string; value: string }[] = [];
  for (const [k, v] of form.entries())
    if (k.startsWith("q:") && typeof v === "string") answers.push({ questionId: k.slice(2), value: v.trim() });
  return { surveyId: form.get("surveyId"), method: form.get("method") || undefined, answers };
}

export const SURVEY_SORTS = ["dueAt", "createdAt", "completedAt"] as const;

export const surveyListParams = z.object({
  status: z.enum(SURVEY_STATUSES).optional(),
  trigger: z.enum(SURVEY_TRIGGERS).optional(),
  channel: z.enum(CHANNELS).optional(),
  sort: z.enum(SURVEY_SORTS).optional(),
  dir: z.enum(["asc", "desc"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional(),
});

export type SurveyListParams = z.infer<typeof surveyListParams>;

export function flatParams(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
}

export function parseSurveyListParams(raw: Record<string, string | string[] | undefined>): {
  params: SurveyListParams;
  valid: boolean;
} {
  const parsed = surveyListParams.safeParse(flatParams(raw));
  return parsed.success ? { params: parsed.data, valid: true } : { params: {}, valid: false };
}

/** A manual or periodic campaign: a template and a customer segment of the actor's subtree. */
export const campaignInput = z.object({
  templateId: z.uuid("template"),
  trigger: z.enum(["PERIODIC", "MANUAL"], "trigger"),
  channel: z.enum(CHANNELS, "channel").optional(),
  vipTier: z.enum(VIP_TIERS, "vipTier").optional(),
  orgUnitId: z.uuid("orgUnit").optional(),
  dueDate: z.string().refine(isIsoDate, "dueDate"),
});

export type CampaignInput = z.infer<typeof campaignInput>;

export function campaignFormValues(form: FormData): Record<string, unknown> {
  const keys = ["templateId", "trigger", "channel", "vipTier", "orgUnitId", "dueDate"] as const;
  return Object.fromEntries(keys.map((k) => [k, form.get(k) || undefined]));
}
