// §3 classification rules that need only a customer's own figures. Pure: no I/O.
import type { AppConfig } from "./config";

export type VipTier = "NONE" | "GOLD" | "PLATINUM" | "DIAMOND" | "SUPREME";
export type ActivityStatus = "ACTIVE" | "SEMI_DORMANT" | "DORMANT";

/** §3.8: the highest tier whose lower bound the annual premium reaches. */
export function vipTier(annualPremiumYuan: number, tiers: AppConfig["vipTiers"]): VipTier {
  if (annualPremiumYuan >= tiers.SUPREME) return "SUPREME";
  if (annualPremiumYuan >= tiers.DIAMOND) return "DIAMOND";
  if (annualPremiumYuan >= tiers.PLATINUM) return "PLATINUM";
  if (annualPremiumYuan >= tiers.GOLD) return "GOLD";
  return "NONE";
}

/** Whole calendar years between two YYYY-MM-DD dates (anniversary-based, 29 Feb → 28 Feb). */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/**
 * §3.5: active while less than `semiDormant` years have passed since the last purchase,
 * semi-dormant from exactly that anniversary, dormant from exactly the `dormant` anniversary.
 * Dates are Asia/Shanghai calendar dates (YYYY-MM-DD). Prospects without a purchase have none.
 */
export function activityStatus(
  lastPurchase: string | null,
  today: string,
  dormancy: AppConfig["dormancyYears"],
): ActivityStatus | null {
  if (!lastPurchase) return null;
  const years = fullYearsBetween(lastPurchase, today);
  if (years >= dormancy.dormant) return "DORMANT";
  if (years >= dormancy.semiDormant) return "SEMI_DORMANT";
  return "ACTIVE";
}
