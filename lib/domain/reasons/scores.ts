// §3.8, §3.10, §3.11: VIP tier by premium and the two score quadrants.
import { vipTier, type VipTier } from "../classification";
import {
  abilityWillQuadrant,
  HIGH_SCORE,
  satLoyaltyQuadrant,
  type AbilityWillQuadrant,
  type SatLoyaltyQuadrant,
} from "../segments";
import {
  enumKey,
  explained,
  label,
  level,
  NS,
  TIERS,
  type ExplainedClassification,
  type Reason,
  type ReasonInput,
} from "./shared";

export function vip(i: ReasonInput): ExplainedClassification {
  const c = i.customer;
  const tiers = i.config.vipTiers;
  const today = vipTier(c.annualPremiumYuan, tiers);
  const premium = { money: c.annualPremiumYuan };
  const reasons: Reason[] = [];
  if (today === "NONE") {
    reasons.push({
      key: `${NS}.vip.below`,
      params: { premium, tier: label(enumKey("VipTier", "GOLD")), threshold: { money: tiers.GOLD } },
    });
  } else {
    reasons.push({
      key: `${NS}.vip.reached`,
      params: { premium, tier: label(enumKey("VipTier", today)), threshold: { money: tiers[today] } },
    });
    const next = TIERS[TIERS.indexOf(today) + 1];
    if (next)
      reasons.push({
        key: `${NS}.vip.next`,
        params: {
          tier: label(enumKey("VipTier", next)),
          threshold: { money: tiers[next] },
          missing: { money: tiers[next] - c.annualPremiumYuan },
        },
      });
  }
  const value = (t: VipTier) => [enumKey("VipTier", t)];
  return explained("vipTier", "3.8", value(c.vipTier), reasons, value(today));
}

export function satLoyalty(i: ReasonInput): ExplainedClassification {
  const { satisfactionScore: sat, loyaltyScore: loyalty, satLoyalty: stored } = i.customer;
  const value = (q: SatLoyaltyQuadrant | null) => (q ? [enumKey("SatLoyaltyQuadrant", q)] : []);
  if (sat === null)
    return explained("satLoyalty", "3.10", value(stored), [{ key: `${NS}.satLoyalty.noSatisfaction` }], []);
  if (loyalty === null)
    return explained("satLoyalty", "3.10", value(stored), [{ key: `${NS}.satLoyalty.noLoyalty` }], []);
  const today = satLoyaltyQuadrant(sat, loyalty);
  return explained(
    "satLoyalty",
    "3.10",
    value(stored),
    [
      {
        key: `${NS}.satLoyalty.scores`,
        params: { sat, loyalty, satLevel: level(sat), loyaltyLevel: level(loyalty), threshold: HIGH_SCORE },
      },
      { key: `${NS}.satLoyalty.strategy.${today}` },
    ],
    value(today),
  );
}

export function abilityWill(i: ReasonInput): ExplainedClassification {
  const { abilityScore: ability, willingnessScore: will, abilityWill: stored } = i.customer;
  const value = (q: AbilityWillQuadrant | null) => (q ? [enumKey("AbilityWillQuadrant", q)] : []);
  if (ability === null || will === null)
    return explained("abilityWill", "3.11", value(stored), [{ key: `${NS}.abilityWill.noScores` }], []);
  const today = abilityWillQuadrant(ability, will);
  return explained(
    "abilityWill",
    "3.11",
    value(stored),
    [
      {
        key: `${NS}.abilityWill.scores`,
        params: { ability, will, abilityLevel: level(ability), willLevel: level(will), threshold: HIGH_SCORE },
      },
      { key: `${NS}.abilityWill.strategy.${today}` },
    ],
    value(today),
  );
}
