import { describe, expect, it } from "vitest";
import { defaultConfig } from "@/lib/domain/config";
import { riskWarnings } from "@/lib/domain/risk-flags";

const limits = defaultConfig.riskWarnings; // 3 claims, loss ratio 0.8

describe("riskWarnings", () => {
  it("warns from the configured number of claims in 12 months", () => {
    const f = { totalClaimsPaidYuan: 0, totalPremiumPaidYuan: 1_000 };
    expect(riskWarnings({ ...f, claimsLast12m: 2 }, limits).multipleClaims).toBe(false);
    expect(riskWarnings({ ...f, claimsLast12m: 3 }, limits).multipleClaims).toBe(true);
  });

  it("warns when the loss ratio is above the threshold, not at it", () => {
    const f = { claimsLast12m: 0, totalPremiumPaidYuan: 10_000 };
    expect(riskWarnings({ ...f, totalClaimsPaidYuan: 8_000 }, limits)).toEqual({
      multipleClaims: false,
      highLossRatio: false,
      lossRatio: 0.8,
    });
    expect(riskWarnings({ ...f, totalClaimsPaidYuan: 8_000.01 }, limits).highLossRatio).toBe(true);
  });

  it("has no loss ratio before any premium was paid", () => {
    expect(riskWarnings({ claimsLast12m: 1, totalClaimsPaidYuan: 500, totalPremiumPaidYuan: 0 }, limits)).toEqual({
      multipleClaims: false,
      highLossRatio: false,
      lossRatio: null,
    });
  });
});
