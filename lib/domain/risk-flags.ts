// §5 warnings shown on the customer: 多次索赔 (≥ N claims in the last 12 months) and 高赔付率
// (claims paid / premiums paid above the configured ratio). Pure: no I/O.
import type { AppConfig } from "./config";

export interface RiskWarnings {
  multipleClaims: boolean;
  highLossRatio: boolean;
  /** Claims paid / premiums paid; null before any premium was paid. */
  lossRatio: number | null;
}

export function riskWarnings(
  f: { claimsLast12m: number; totalClaimsPaidYuan: number; totalPremiumPaidYuan: number },
  limits: AppConfig["riskWarnings"],
): RiskWarnings {
  const lossRatio = f.totalPremiumPaidYuan > 0 ? f.totalClaimsPaidYuan / f.totalPremiumPaidYuan : null;
  return {
    multipleClaims: f.claimsLast12m >= limits.multipleClaimsCount,
    highLossRatio: lossRatio !== null && lossRatio > limits.highLossRatio,
    lossRatio,
  };
}
