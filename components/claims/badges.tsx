import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CLAIM_STATUS_TONE } from "@/components/customers/360/claims";

const VIP_TONE: Record<string, BadgeTone> = { GOLD: "amber", PLATINUM: "blue", DIAMOND: "violet", SUPREME: "brand" };

export async function ClaimStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("enums.ClaimStatus");
  return <Badge tone={CLAIM_STATUS_TONE[status]}>{t(status)}</Badge>;
}

/** 绿色通道, VIP tier and club membership of a claim's customer. */
export async function PriorityBadges({ green, vipTier, club }: { green: boolean; vipTier: string; club: boolean }) {
  const t = await getTranslations();
  return (
    <span className="inline-flex flex-wrap gap-1">
      {green && (
        <span data-testid="green-channel">
          <Badge tone="green">{t("claims.greenChannel")}</Badge>
        </span>
      )}
      {vipTier !== "NONE" && <Badge tone={VIP_TONE[vipTier]}>{t(`enums.VipTier.${vipTier}`)}</Badge>}
      {club && <Badge tone="slate">{t("claims.club")}</Badge>}
    </span>
  );
}
