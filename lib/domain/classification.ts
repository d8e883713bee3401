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

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Whole calendar years between two YYYY-MM-DD dates, anniversary-based. A 29 February date has its
 * anniversary on 28 February in common years (民法典 art. 203: no corresponding day → month end).
 */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const anniversaryDay = fm === 2 && fd === 29 && !isLeapYear(ty) ? 28 : fd;
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < anniversaryDay)) years -= 1;
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

export type Tenure = "NEW" | "LONG_STANDING";

/**
 * §3.9: 新客户 until `newCustomerYears` full years have passed since the first purchase, 老客户 from
 * exactly that anniversary on. Customers who never bought have no tenure.
 */
export function tenureStatus(firstPurchase: string | null, today: string, newCustomerYears: number): Tenure | null {
  if (!firstPurchase) return null;
  return fullYearsBetween(firstPurchase, today) >= newCustomerYears ? "LONG_STANDING" : "NEW";
}
