import "server-only";
// Manual and periodic survey campaigns: a lead picks a template and a customer segment of their
// subtree (org unit, channel, VIP tier) and PENDING surveys are created in one INSERT … SELECT.
// The trigger key "CAMPAIGN:<template>:<due day>:<customer>" makes a repeated submit create nothing twice.
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { transact } from "@/lib/data/transaction";
import { refuse, type Outcome } from "@/lib/domain/outcome";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import { shanghaiDate } from "@/lib/domain/dates";
import type { CampaignInput } from "@/lib/validation/survey";

/** Larger segments are refused: a campaign is worked by hand, call by call. */
export const CAMPAIGN_MAX = 5_000;

/** Refusal reasons (keys of `surveys.errors`): template, orgUnit, dueDate, empty, and tooMany (with the
 * segment's size as the `count` parameter). */
export type CampaignResult = Outcome<{ created: number; matched: number }>;

function segmentSql(ids: string[], input: CampaignInput): Prisma.Sql {
  return Prisma.sql`c."mergedIntoId" IS NULL AND c."isInsured" AND c."orgUnitId" = ANY(${ids}::uuid[])
    ${input.channel ? Prisma.sql`AND c.channel = ${input.channel}::"Channel"` : Prisma.empty}
    ${input.vipTier ? Prisma.sql`AND c."vipTier" = ${input.vipTier}::"VipTier"` : Prisma.empty}`;
}

export async function createCampaign(
  actor: Actor,
  input: CampaignInput,
  today: string = shanghaiDate(),
): Promise<CampaignResult> {
  requirePermission(actor, "survey.manage");
  if (input.dueDate < today) return refuse("dueDate");
  const unit = input.orgUnitId ?? actor.orgUnitId;
  if (!actor.orgUnitIds.includes(unit)) return refuse("orgUnit");
  const template = await db.surveyTemplate.findFirst({
    where: { id: input.templateId, active: true },
    select: { id: true },
  });
  if (!template) return refuse("template");
  const ids = unit === actor.orgUnitId ? actor.orgUnitIds : await orgSubtreeIds(unit);
  const where = segmentSql(ids, input);
  const n =
    (await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "Customer" c WHERE ${where}`))[0]
      ?.n ?? 0;
  if (n === 0) return refuse("empty");
  if (n > CAMPAIGN_MAX) return refuse("tooMany", { params: { count: n } });
  const dueAt = new Date(`${input.dueDate}T23:59:59+08:00`);
  return transact(async (tx) => {
    const count = await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Survey" (id, "templateId", "customerId", trigger, status, "triggerKey", channel, "agentId", "dueAt")
      SELECT gen_random_uuid(), ${template.id}::uuid, c.id, ${input.trigger}::"SurveyTrigger", 'PENDING',
             'CAMPAIGN:' || ${template.id} || ':' || ${input.dueDate} || ':' || c.id, c.channel, c."agentId", ${dueAt}
      FROM "Customer" c WHERE ${where}
      ON CONFLICT ("triggerKey") DO NOTHING`);
    await writeAudit(tx, {
      actorId: actor.id,
      action: "survey.campaign",
      entityType: "SurveyTemplate",
      entityId: template.id,
      data: { ...input, orgUnitId: unit, matched: n, created: count },
    });
    return { created: count, matched: n };
  });
}
