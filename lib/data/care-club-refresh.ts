import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/data/audit";
import { clubWindowStart } from "@/lib/domain/club";
import { shanghaiDate } from "@/lib/domain/dates";

// Nightly job "club-refresh": club membership depends on the calendar (a claim stops counting 12
// months after its report), so the stored Customer.isClubMember is brought up to date every night,
// not only when a customer's data changes. One set-based UPDATE that says what lib/domain/club.ts
// and classifyCustomer say: cover in force (the held policies, or for someone holding none the group
// policies insuring them) and no claim — their own or on a policy they hold — reported after
// clubWindowStart(today) up to today. Only rows whose flag changes are written; idempotent.

export async function refreshClubMembership(now: Date = new Date()): Promise<{ updated: number }> {
  const today = shanghaiDate(now);
  const windowStart = clubWindowStart(today);
  const updated = await db.$executeRaw`
    WITH computed AS (
      SELECT c.id,
             (CASE WHEN EXISTS (SELECT 1 FROM "Policy" p WHERE p."customerId" = c.id)
                   THEN EXISTS (SELECT 1 FROM "Policy" p WHERE p."customerId" = c.id AND p.status = 'IN_FORCE')
                   ELSE EXISTS (SELECT 1 FROM "PolicyInsured" pi JOIN "Policy" p ON p.id = pi."policyId"
                                 WHERE pi."customerId" = c.id AND p."customerId" <> c.id AND p.status = 'IN_FORCE')
              END)
             AND NOT EXISTS (
               SELECT 1 FROM "Claim" k
                WHERE (k."customerId" = c.id OR k."policyId" IN (SELECT p.id FROM "Policy" p WHERE p."customerId" = c.id))
                  AND (k."reportedAt" AT TIME ZONE 'Asia/Shanghai')::date > ${windowStart}::date
                  AND (k."reportedAt" AT TIME ZONE 'Asia/Shanghai')::date <= ${today}::date
             ) AS member
        FROM "Customer" c
       WHERE c."mergedIntoId" IS NULL
    )
    UPDATE "Customer" c SET "isClubMember" = computed.member
      FROM computed
     WHERE computed.id = c.id AND c."isClubMember" IS DISTINCT FROM computed.member`;
  if (updated > 0)
    await writeAudit(db, { actorId: null, action: "club.refresh", entityType: "Customer", data: { today, windowStart, updated } });
  return { updated };
}
