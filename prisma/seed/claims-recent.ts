// Demo states for the claims follow-up (issue 4): the demo agents' customers have claims whose
// status changed in the last few days, so the Today page's "claims changed in 7 days" link and the
// claim timeline show recent steps. Up to two claims per agent still before approval move one step
// forward (no payment, so the customers' classification stays as seeded).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

const NEXT: Partial<Record<ClaimStatus, ClaimStatus>> = {
  REPORTED: "DOCUMENTS",
  DOCUMENTS: "ASSESSING",
  ASSESSING: "APPROVED",
};
const NOTES: Partial<Record<ClaimStatus, string>> = {
  DOCUMENTS: "已通知客户补充材料",
  ASSESSING: "材料齐全，转入审核定损",
  APPROVED: "审核通过，等待赔付",
};
const HOUR_MS = 3_600_000;

export async function recentClaimSteps(
  db: PrismaClient,
  usernames: string[],
  now: Date,
  perAgent = 2,
): Promise<number> {
  let moved = 0;
  for (const [i, username] of usernames.entries()) {
    const claims = await db.claim.findMany({
      where: { customer: { agent: { username } }, status: { in: ["REPORTED", "DOCUMENTS", "ASSESSING"] } },
      orderBy: { reportedAt: "desc" },
      take: perAgent,
      select: { id: true, status: true, handlerId: true },
    });
    for (const [j, c] of claims.entries()) {
      const to = NEXT[c.status]!;
      const at = new Date(now.getTime() - (20 + 30 * i + 26 * j) * HOUR_MS);
      await db.$transaction([
        db.claim.update({
          where: { id: c.id },
          data: {
            status: to,
            statusChangedAt: at,
          },
        }),
        db.claimStep.create({ data: { claimId: c.id, status: to, at, byId: c.handlerId, note: NOTES[to] ?? null } }),
      ]);
      moved++;
    }
  }
  return moved;
}
