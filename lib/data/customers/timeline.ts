import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TIMELINE_PAGE_SIZE } from "./360-sql";

// One merged, newest-first history of a customer: complaints, visits, surveys, communications,
// claims and policy purchases, paged. Each branch reads at most the rows the page needs through the
// customerId index of its table, so a page costs one statement whatever the history's length.
// The caller must have checked the actor's scope for the customer.

export type TimelineKind = "COMPLAINT" | "VISIT" | "SURVEY" | "COMMUNICATION" | "CLAIM" | "POLICY";

export interface TimelineItem {
  kind: TimelineKind;
  id: string;
  /** ISO timestamp; for date-only events (policy start, planned visit) midnight UTC of that date. */
  at: string;
  dateOnly: boolean;
  /** Who: registrar, visitor, surveyor, sender, claim handler or agent of record. */
  by: string | null;
  /** Complaint, claim or policy number. */
  ref: string | null;
  /** Status enum value of the record (ComplaintStatus, VisitStatus, SurveyStatus, ClaimStatus, PolicyStatus). */
  status: string | null;
  /** Kind-specific enum: complaint category, visit method, survey trigger, communication type, product line. */
  detail: string | null;
  /** Visits only: why the visit was planned (VisitReason). */
  reason: string | null;
  /** Free text: description, visit notes, communication summary, product name. */
  text: string | null;
  amount: number | null;
  /** Survey CSAT (0–100) or visit overall evaluation (1–5). */
  score: number | null;
  inbound: boolean | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  page: number;
  hasMore: boolean;
}

/** Deep pages are not useful on a customer page; this also bounds the per-branch limit. */
export const MAX_TIMELINE_PAGE = 40;

type Row = Omit<TimelineItem, "at" | "amount"> & { at: Date; amount: Prisma.Decimal | null };

export async function customerTimeline(customerId: string, page: number): Promise<TimelinePage> {
  const p = Math.min(Math.max(1, Math.trunc(page) || 1), MAX_TIMELINE_PAGE);
  const offset = (p - 1) * TIMELINE_PAGE_SIZE;
  // Each branch needs at most offset + page size + 1 rows (the +1 tells whether there is more).
  const n = offset + TIMELINE_PAGE_SIZE + 1;
  const rows = await db.$queryRaw<Row[]>`
    (SELECT 'COMPLAINT' AS kind, c.id, c."receivedAt" AS at, false AS "dateOnly", u.name AS by, c."complaintNo" AS ref,
            c.status::text AS status, c.category::text AS detail, NULL AS reason, c.description AS text, NULL::numeric AS amount,
            NULL::int AS score, NULL::boolean AS inbound
       FROM "Complaint" c LEFT JOIN "User" u ON u.id = c."registeredById"
      WHERE c."customerId" = ${customerId}::uuid ORDER BY c."receivedAt" DESC LIMIT ${n})
    UNION ALL
    (SELECT 'VISIT', v.id, coalesce(v."doneAt", v."dueDate"::timestamp AT TIME ZONE 'UTC'), v."doneAt" IS NULL,
            coalesce(d.name, a.name), NULL, v.status::text, coalesce(v.method, v."suggestedMethod")::text, v.reason::text,
            coalesce(v.notes, v."productUsage"), NULL, v."overallEvaluation", NULL
       FROM "Visit" v LEFT JOIN "User" d ON d.id = v."doneById" LEFT JOIN "User" a ON a.id = v."assigneeId"
      WHERE v."customerId" = ${customerId}::uuid
      ORDER BY coalesce(v."doneAt", v."dueDate"::timestamp AT TIME ZONE 'UTC') DESC LIMIT ${n})
    UNION ALL
    (SELECT 'SURVEY', s.id, coalesce(s."completedAt", s."dueAt"), false, u.name, NULL, s.status::text, s.trigger::text,
            NULL, NULL, NULL, s.csat::int, NULL
       FROM "Survey" s LEFT JOIN "User" u ON u.id = s."conductedById"
      WHERE s."customerId" = ${customerId}::uuid ORDER BY coalesce(s."completedAt", s."dueAt") DESC LIMIT ${n})
    UNION ALL
    (SELECT 'COMMUNICATION', m.id, m.at, false, u.name, NULL, NULL, m.type::text, NULL, m.summary, NULL, NULL, m.inbound
       FROM "Communication" m LEFT JOIN "User" u ON u.id = m."byId"
      WHERE m."customerId" = ${customerId}::uuid ORDER BY m.at DESC LIMIT ${n})
    UNION ALL
    (SELECT 'CLAIM', k.id, k."reportedAt", false, u.name, k."claimNo", k.status::text, NULL, NULL, k.description,
            k."amountClaimed", NULL, NULL
       FROM "Claim" k LEFT JOIN "User" u ON u.id = k."handlerId"
      WHERE k."customerId" = ${customerId}::uuid ORDER BY k."reportedAt" DESC LIMIT ${n})
    UNION ALL
    (SELECT 'POLICY', p.id, p."startDate"::timestamp AT TIME ZONE 'UTC', true, u.name, p."policyNo", p.status::text,
            p."productLine"::text, NULL, p."productName", p."annualPremium", NULL, NULL
       FROM "Policy" p LEFT JOIN "User" u ON u.id = p."agentOfRecordId"
      WHERE p."customerId" = ${customerId}::uuid ORDER BY p."startDate" DESC LIMIT ${n})
    ORDER BY at DESC, id
    LIMIT ${TIMELINE_PAGE_SIZE + 1} OFFSET ${offset}
  `;
  const items = rows.slice(0, TIMELINE_PAGE_SIZE).map((r) => ({
    ...r,
    at: r.at.toISOString(),
    amount: r.amount === null ? null : Number(r.amount),
  }));
  return { items, page: p, hasMore: rows.length > TIMELINE_PAGE_SIZE };
}
