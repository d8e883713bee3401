import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { clubWindowStart } from "@/lib/domain/club";
import { shanghaiDate } from "@/lib/domain/dates";

// Nightly job "club-refresh": club membership depends on the calendar (a claim stops counting 12
// months after its report), so the stored Customer.isClubMember is brought up to date every night,
// not only when a customer's data changes. One set-based UPDATE that says what lib/domain/club.ts
// and classifyCustomer say: cover in force (the held policies, or for someone holding none the group
// policies insuring them) and no claim — their own or on a policy they hold — reported after
// clubWindowStart(today) up to today. Only rows whose flag changes are written; idempotent.

/** Start of a Shanghai calendar day as an instant. */
const shanghaiMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

export async function refreshClubMembership(now: Date = new Date()): Promise<{ updated: number }> {
  const today = shanghaiDate(now);
  const windowStart = clubWindowStart(today);
  // Claims reported on the Shanghai days (windowStart, today] count against membership.
  const from = new Date(shanghaiMidnight(windowStart).getTime() + 86_400_000);
  const until = new Date(shanghaiMidnight(today).getTime() + 86_400_000);
  // Set-based: one pass over policies, insured persons and the window's claims, then one join.
  const updated = await db.$executeRaw`
    WITH held AS (
      SELECT "customerId" AS id, bool_or(status = 'IN_FORCE') AS in_force FROM "Policy" GROUP BY 1
    ), covered AS (
      SELECT pi."customerId" AS id, bool_or(p.status = 'IN_FORCE') AS in_force
        FROM "PolicyInsured" pi JOIN "Policy" p ON p.id = pi."policyId"
       WHERE pi."customerId" IS NOT NULL AND p."customerId" <> pi."customerId"
       GROUP BY 1
    ), claimed AS (
      SELECT k."customerId" AS id FROM "Claim" k WHERE k."reportedAt" >= ${from} AND k."reportedAt" < ${until}
      UNION
      SELECT p."customerId" FROM "Claim" k JOIN "Policy" p ON p.id = k."policyId"
       WHERE k."reportedAt" >= ${from} AND k."reportedAt" < ${until}
    ), computed AS (
      -- Held policies decide when there are any; otherwise the group policies insuring the customer.
      SELECT c.id, coalesce(h.in_force, cv.in_force, false) AND k.id IS NULL AS member
        FROM "Customer" c
        LEFT JOIN held h ON h.id = c.id
        LEFT JOIN covered cv ON cv.id = c.id
        LEFT JOIN claimed k ON k.id = c.id
       WHERE c."mergedIntoId" IS NULL
    )
    UPDATE "Customer" c SET "isClubMember" = computed.member
      FROM computed
     WHERE computed.id = c.id AND c."isClubMember" IS DISTINCT FROM computed.member`;
  if (updated > 0)
    await writeAudit(db, {
      actorId: null,
      action: "club.refresh",
      entityType: "Customer",
      data: { today, windowStart, updated },
    });
  return { updated };
}
