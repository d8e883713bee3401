import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RenewalOutcome } from "@/lib/generated/prisma/enums";

const TONES: Record<RenewalOutcome, BadgeTone> = { WILL_RENEW: "green", CONSIDERING: "amber", WONT_RENEW: "red" };

export async function OutcomeBadge({ outcome }: { outcome: RenewalOutcome | null }) {
  const [t, te] = await Promise.all([getTranslations("renewals"), getTranslations("enums")]);
  return outcome ? (
    <Badge tone={TONES[outcome]}>{te(`RenewalOutcome.${outcome}`)}</Badge>
  ) : (
    <Badge>{t("outcome.none")}</Badge>
  );
}
