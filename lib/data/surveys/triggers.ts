import "server-only";
// The "survey-trigger" job: PENDING surveys after a claim closes, after a complaint closes and one
// month after a new (non-renewal) purchase. Sent right after the event ({ kind, id }) and run daily
// with no data to catch up on all three. Each kind is one INSERT … SELECT, idempotent through the
// unique Survey.triggerKey ("CLAIM_CLOSED:<claimId>" …), so running it twice creates nothing new.
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { addDays, shanghaiDate } from "@/lib/domain/dates";

/** How far back the daily run looks for closed claims/complaints and purchases. */
export const CATCH_UP_DAYS = 30;
/** A new-purchase survey is due one month after the policy starts. */
export const NEW_PURCHASE_AFTER_DAYS = 30;
/** Days a triggered survey stays open before it is due. */
export const SURVEY_DUE_DAYS = 7;

export const surveyTriggerData = z.union([
  z.object({ kind: z.literal("COMPLAINT_CLOSED"), complaintId: z.uuid() }),
  z.object({ kind: z.literal("CLAIM_CLOSED"), claimId: z.uuid() }),
  z.object({ kind: z.undefined().optional() }).loose(),
]);

export type SurveyTriggerResult = { claim: number; complaint: number; newPurchase: number };

const template = (trigger: string) => Prisma.sql`
  CROSS JOIN LATERAL (
    SELECT st.id FROM "SurveyTemplate" st WHERE st.trigger = ${trigger}::"SurveyTrigger" AND st.active
    ORDER BY st."createdAt" DESC LIMIT 1
  ) t`;

const due = (now: Date) => Prisma.sql`${new Date(now.getTime() + SURVEY_DUE_DAYS * 86_400_000)}::timestamptz`;

export async function complaintClosedSurveys(now: Date, complaintId?: string): Promise<number> {
  const since = new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000);
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "Survey" (id, "templateId", "customerId", trigger, status, "triggerKey", "complaintId", "policyId",
                          channel, "agentId", "productLine", "dueAt", "createdAt")
    SELECT gen_random_uuid(), t.id, k."customerId", 'COMPLAINT_CLOSED', 'PENDING', 'COMPLAINT_CLOSED:' || k.id, k.id, k."policyId",
           coalesce(p.channel, c.channel), coalesce(p."servicingAgentId", c."agentId"), coalesce(k."productLine", p."productLine"),
           ${due(now)}, ${now}
    FROM "Complaint" k
    JOIN "Customer" c ON c.id = k."customerId" AND c."mergedIntoId" IS NULL
    LEFT JOIN "Policy" p ON p.id = k."policyId"
    ${template("COMPLAINT_CLOSED")}
    WHERE k.status = 'CLOSED' AND k."closedAt" IS NOT NULL
      ${complaintId ? Prisma.sql`AND k.id = ${complaintId}::uuid` : Prisma.sql`AND k."closedAt" >= ${since} AND k."closedAt" <= ${now}`}
    ON CONFLICT ("triggerKey") DO NOTHING`);
}

export async function claimClosedSurveys(now: Date, claimId?: string): Promise<number> {
  const since = new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000);
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "Survey" (id, "templateId", "customerId", trigger, status, "triggerKey", "claimId", "policyId",
                          channel, "agentId", "productLine", "dueAt", "createdAt")
    SELECT gen_random_uuid(), t.id, cl."customerId", 'CLAIM_CLOSED', 'PENDING', 'CLAIM_CLOSED:' || cl.id, cl.id, p.id,
           p.channel, coalesce(p."servicingAgentId", c."agentId"), p."productLine", ${due(now)}, ${now}
    FROM "Claim" cl
    JOIN "Policy" p ON p.id = cl."policyId"
    JOIN "Customer" c ON c.id = cl."customerId" AND c."mergedIntoId" IS NULL
    ${template("CLAIM_CLOSED")}
    WHERE cl."closedAt" IS NOT NULL
      ${claimId ? Prisma.sql`AND cl.id = ${claimId}::uuid` : Prisma.sql`AND cl."closedAt" >= ${since} AND cl."closedAt" <= ${now}`}
    ON CONFLICT ("triggerKey") DO NOTHING`);
}

/** New (non-renewal, still live) policies that started one month ago — or up to CATCH_UP_DAYS before that. */
export async function newPurchaseSurveys(now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const last = addDays(today, -NEW_PURCHASE_AFTER_DAYS);
  const first = addDays(last, -CATCH_UP_DAYS);
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "Survey" (id, "templateId", "customerId", trigger, status, "triggerKey", "policyId",
                          channel, "agentId", "productLine", "dueAt", "createdAt")
    SELECT gen_random_uuid(), t.id, p."customerId", 'NEW_PURCHASE', 'PENDING', 'NEW_PURCHASE:' || p.id, p.id,
           p.channel, coalesce(p."servicingAgentId", c."agentId"), p."productLine", ${due(now)}, ${now}
    FROM "Policy" p
    JOIN "Customer" c ON c.id = p."customerId" AND c."mergedIntoId" IS NULL
    ${template("NEW_PURCHASE")}
    WHERE p."renewedFromId" IS NULL AND p.status NOT IN ('LAPSED', 'SURRENDERED')
      AND p."startDate" BETWEEN ${first}::date AND ${last}::date
    ON CONFLICT ("triggerKey") DO NOTHING`);
}

/** The job handler: one event, or (no data) the daily catch-up of all three triggers. */
export async function runSurveyTrigger(data: unknown, now: Date = new Date()): Promise<SurveyTriggerResult> {
  const parsed = surveyTriggerData.safeParse(data ?? {});
  if (!parsed.success) throw new Error(`survey-trigger: invalid data ${JSON.stringify(data)}`);
  const d = parsed.data;
  if ("kind" in d && d.kind === "COMPLAINT_CLOSED")
    return { claim: 0, complaint: await complaintClosedSurveys(now, d.complaintId), newPurchase: 0 };
  if ("kind" in d && d.kind === "CLAIM_CLOSED")
    return { claim: await claimClosedSurveys(now, d.claimId), complaint: 0, newPurchase: 0 };
  const [claim, complaint, newPurchase] = [
    await claimClosedSurveys(now),
    await complaintClosedSurveys(now),
    await newPurchaseSurveys(now),
  ];
  return { claim, complaint, newPurchase };
}
