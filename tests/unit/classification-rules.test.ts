// Boundaries of the §3 rules: the day a class changes, and the day before.
import { describe, expect, it } from "vitest";
import { activityStatus, fullYearsBetween, tenureStatus, vipTier } from "@/lib/domain/classification";
import { defaultConfig } from "@/lib/domain/config";
import {
  abilityWillQuadrant,
  lifecycleStage,
  satLoyaltyQuadrant,
  touchpoints,
  type CustomerFacts,
  type PolicyFacts,
} from "@/lib/domain/segments";

const TODAY = "2026-06-15";
const dormancy = defaultConfig.dormancyYears;

function policy(p: Partial<PolicyFacts>): PolicyFacts {
  return {
    startDate: "2025-09-01",
    endDate: "2026-12-31",
    status: "IN_FORCE",
    channel: "INDIVIDUAL",
    annualPremiumFen: 500_000,
    paymentFrequency: "ANNUAL",
    isRenewal: false,
    renewalOutcome: null,
    statusChangedOn: null,
    ...p,
  };
}

function facts(f: Partial<CustomerFacts>): CustomerFacts {
  return {
    kind: "INDIVIDUAL",
    prospectStage: null,
    prospectSource: null,
    policies: [],
    coveredBy: [],
    claims: [],
    surveyCsats: [],
    visitEvaluations: [],
    openComplaints: 0,
    hasUpcomingAppointment: false,
    lastContactOn: null,
    contactsLast12m: 0,
    isOrphan: false,
    highIncomeOccupation: false,
    ...f,
  };
}

describe("§3.5 activity by time since the last purchase (defaults 1 and 3 years)", () => {
  it.each([
    ["2025-06-16", "ACTIVE"], // one day before the first anniversary
    ["2025-06-15", "SEMI_DORMANT"], // exactly 1 year
    ["2023-06-16", "SEMI_DORMANT"], // one day before the third anniversary
    ["2023-06-15", "DORMANT"], // exactly 3 years
    ["2021-03-02", "DORMANT"],
    ["2026-06-15", "ACTIVE"], // bought today
  ] as const)("last purchase %s → %s", (last, expected) => {
    expect(activityStatus(last, TODAY, dormancy)).toBe(expected);
  });

  it("has no activity status without a purchase", () => {
    expect(activityStatus(null, TODAY, dormancy)).toBeNull();
  });

  it("follows configured thresholds", () => {
    expect(activityStatus("2024-06-15", TODAY, { semiDormant: 2, dormant: 5 })).toBe("SEMI_DORMANT");
    expect(activityStatus("2024-06-16", TODAY, { semiDormant: 2, dormant: 5 })).toBe("ACTIVE");
  });

  it("counts a 29 February purchase a full year old on 28 February of a common year", () => {
    expect(fullYearsBetween("2024-02-29", "2025-02-27")).toBe(0);
    expect(fullYearsBetween("2024-02-29", "2025-02-28")).toBe(1);
    expect(fullYearsBetween("2024-02-29", "2028-02-28")).toBe(3);
    expect(fullYearsBetween("2024-02-29", "2028-02-29")).toBe(4);
    expect(activityStatus("2024-02-29", "2025-02-28", dormancy)).toBe("SEMI_DORMANT");
    expect(activityStatus("2024-02-29", "2025-02-27", dormancy)).toBe("ACTIVE");
  });
});

describe("§3.8 VIP tier by annual premium (lower bounds inclusive)", () => {
  it.each([
    [0, "NONE"],
    [49_999.99, "NONE"],
    [50_000, "GOLD"],
    [99_999.99, "GOLD"],
    [100_000, "PLATINUM"],
    [149_999.99, "PLATINUM"],
    [150_000, "DIAMOND"],
    [199_999.99, "DIAMOND"],
    [200_000, "SUPREME"],
    [1_000_000, "SUPREME"],
  ] as const)("¥%d → %s", (premium, tier) => {
    expect(vipTier(premium, defaultConfig.vipTiers)).toBe(tier);
  });

  it("agrees when the premium comes as integer fen", () => {
    expect(vipTier(4_999_999 / 100, defaultConfig.vipTiers)).toBe("NONE");
    expect(vipTier(5_000_000 / 100, defaultConfig.vipTiers)).toBe("GOLD");
  });
});

describe("§3.9 tenure (新客户 for the first year by default)", () => {
  it("is new until the anniversary of the first purchase and long-standing from it", () => {
    expect(tenureStatus("2025-06-16", TODAY, 1)).toBe("NEW");
    expect(tenureStatus("2025-06-15", TODAY, 1)).toBe("LONG_STANDING");
    expect(tenureStatus("2024-06-16", TODAY, 2)).toBe("NEW");
    expect(tenureStatus("2024-06-15", TODAY, 2)).toBe("LONG_STANDING");
    expect(tenureStatus(null, TODAY, 1)).toBeNull();
  });
});

describe("§3.10 / §3.11 quadrants (a score of 50 is high, 49 low)", () => {
  it("splits satisfaction × loyalty at 50", () => {
    expect(satLoyaltyQuadrant(49, 49)).toBe("LOW_SAT_LOW_LOYALTY");
    expect(satLoyaltyQuadrant(50, 49)).toBe("HIGH_SAT_LOW_LOYALTY");
    expect(satLoyaltyQuadrant(49, 50)).toBe("LOW_SAT_HIGH_LOYALTY");
    expect(satLoyaltyQuadrant(50, 50)).toBe("HIGH_SAT_HIGH_LOYALTY");
  });
  it("splits ability × willingness at 50", () => {
    expect(abilityWillQuadrant(49, 49)).toBe("DEVELOP");
    expect(abilityWillQuadrant(49, 50)).toBe("MAINTAIN");
    expect(abilityWillQuadrant(50, 49)).toBe("CULTIVATE");
    expect(abilityWillQuadrant(50, 50)).toBe("PAMPER");
  });
});

describe("§3.6 touchpoints", () => {
  it("counts an in-force policy ending within 90 days as maturity, not one ending on day 91", () => {
    expect(touchpoints(facts({ policies: [policy({ endDate: "2026-09-13" })] }), TODAY)).toEqual(["MATURITY"]);
    expect(touchpoints(facts({ policies: [policy({ endDate: "2026-09-14" })] }), TODAY)).toEqual([]);
    expect(touchpoints(facts({ policies: [policy({ endDate: TODAY })] }), TODAY)).toEqual(["MATURITY"]);
    // Already ended yesterday but still marked in force: not an upcoming maturity.
    expect(touchpoints(facts({ policies: [policy({ endDate: "2026-06-14" })] }), TODAY)).toEqual([]);
  });

  it("counts a policy matured within the last 365 days", () => {
    const matured = (endDate: string) => facts({ policies: [policy({ status: "MATURED", endDate })] });
    expect(touchpoints(matured("2025-06-15"), TODAY)).toEqual(["MATURITY"]);
    expect(touchpoints(matured("2025-06-14"), TODAY)).toEqual([]);
  });

  it("counts lapsed policies, also group cover", () => {
    expect(touchpoints(facts({ coveredBy: [policy({ status: "LAPSED", endDate: "2030-01-01" })] }), TODAY)).toEqual([
      "LAPSED",
    ]);
  });

  it("counts a claim reported within the last 365 days (exclusive)", () => {
    const claim = (reportedOn: string) => facts({ claims: [{ reportedOn, amountPaidFen: 0 }] });
    expect(touchpoints(claim("2025-06-16"), TODAY)).toEqual(["CLAIM"]);
    expect(touchpoints(claim("2025-06-15"), TODAY)).toEqual([]);
  });

  it("counts an upcoming appointment or a prospect who came by appointment", () => {
    expect(touchpoints(facts({ hasUpcomingAppointment: true }), TODAY)).toEqual(["APPOINTMENT"]);
    expect(touchpoints(facts({ prospectStage: "TARGET", prospectSource: "APPOINTMENT" }), TODAY)).toEqual([
      "APPOINTMENT",
    ]);
    expect(touchpoints(facts({ prospectStage: "TARGET", prospectSource: "REFERRAL" }), TODAY)).toEqual([]);
  });
});

describe("§3.7 lifecycle", () => {
  const base = { prospectStage: null, inForce: true, tenureYears: 3, repeats: 2 };
  it("is loyal from exactly 3 years with 2 renewals or further purchases", () => {
    expect(lifecycleStage(base)).toBe("LOYAL");
    expect(lifecycleStage({ ...base, tenureYears: 2 })).toBe("CLOSED");
    expect(lifecycleStage({ ...base, repeats: 1 })).toBe("CLOSED");
  });
  it("is churned without cover in force, whatever the history", () => {
    expect(lifecycleStage({ ...base, inForce: false, tenureYears: 10, repeats: 5 })).toBe("CHURNED");
  });
  it("keeps a prospect's stage", () => {
    expect(lifecycleStage({ ...base, prospectStage: "TARGET", inForce: false })).toBe("TARGET");
  });
});
