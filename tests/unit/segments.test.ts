import { describe, expect, it } from "vitest";
import { churnRisk } from "@/lib/domain/churn";
import { defaultConfig } from "@/lib/domain/config";
import {
  abilityScore,
  abilityWillQuadrant,
  classifyCustomer,
  loyaltyScore,
  premiumPaidFen,
  satisfactionScore,
  satLoyaltyQuadrant,
  type CustomerFacts,
  type PolicyFacts,
} from "@/lib/domain/segments";

const TODAY = "2026-06-15";

function policy(p: Partial<PolicyFacts>): PolicyFacts {
  return {
    startDate: "2025-09-01",
    endDate: "2026-08-31",
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
    lastContactOn: "2026-06-01",
    contactsLast12m: 2,
    isOrphan: false,
    highIncomeOccupation: false,
    ...f,
  };
}

describe("quadrants (≥ 50 is high)", () => {
  it("places satisfaction × loyalty", () => {
    expect(satLoyaltyQuadrant(50, 50)).toBe("HIGH_SAT_HIGH_LOYALTY");
    expect(satLoyaltyQuadrant(80, 49)).toBe("HIGH_SAT_LOW_LOYALTY");
    expect(satLoyaltyQuadrant(49, 90)).toBe("LOW_SAT_HIGH_LOYALTY");
    expect(satLoyaltyQuadrant(10, 10)).toBe("LOW_SAT_LOW_LOYALTY");
  });
  it("places ability × willingness", () => {
    expect(abilityWillQuadrant(20, 20)).toBe("DEVELOP");
    expect(abilityWillQuadrant(20, 70)).toBe("MAINTAIN");
    expect(abilityWillQuadrant(70, 20)).toBe("CULTIVATE");
    expect(abilityWillQuadrant(50, 50)).toBe("PAMPER");
  });
});

describe("scores", () => {
  it("weighs surveys twice as much as visit evaluations and is null without data", () => {
    expect(satisfactionScore([], [])).toBeNull();
    expect(satisfactionScore([100], [1])).toBe(67);
    expect(satisfactionScore([], [5, 3])).toBe(75);
  });
  it("grows loyalty with tenure and renewals, and lowers it for lapses", () => {
    expect(loyaltyScore(0, 0, 0, true, 0)).toBe(10);
    expect(loyaltyScore(5, 3, 2, true, 0)).toBe(100);
    expect(loyaltyScore(5, 3, 2, true, 1)).toBe(85);
    expect(loyaltyScore(0, 0, 0, false, 2)).toBe(0);
  });
  it("scales ability with the log of the premium and the kind of customer", () => {
    expect(abilityScore(0, "INDIVIDUAL", false)).toBe(10);
    expect(abilityScore(1_000_000, "INDIVIDUAL", false)).toBe(50);
    expect(abilityScore(1_000_000, "HIGH_NET_WORTH", true)).toBe(90);
  });
});

describe("premium paid to date", () => {
  it("counts one instalment per period started", () => {
    expect(
      premiumPaidFen(
        policy({ startDate: "2024-01-01", endDate: "2044-12-31", annualPremiumFen: 120_000 }),
        "2026-06-15",
      ),
    ).toBe(360_000);
    expect(
      premiumPaidFen(
        policy({
          startDate: "2026-01-01",
          endDate: "2045-12-31",
          paymentFrequency: "MONTHLY",
          annualPremiumFen: 120_000,
        }),
        "2026-03-15",
      ),
    ).toBe(30_000);
    expect(premiumPaidFen(policy({ paymentFrequency: "SINGLE", annualPremiumFen: 999_900 }), TODAY)).toBe(999_900);
  });
  it("stops at the end of cover and at a lapse", () => {
    expect(
      premiumPaidFen(policy({ startDate: "2020-01-01", endDate: "2020-12-31", annualPremiumFen: 100_000 }), TODAY),
    ).toBe(100_000);
    expect(
      premiumPaidFen(
        policy({
          startDate: "2020-01-01",
          endDate: "2050-12-31",
          status: "LAPSED",
          statusChangedOn: "2021-06-01",
          annualPremiumFen: 100_000,
        }),
        TODAY,
      ),
    ).toBe(200_000);
  });
});

describe("churn risk", () => {
  it("adds the weights of the signals that fired, capped at 100", () => {
    const none = {
      POLICY_LAPSED: false,
      WONT_RENEW: false,
      EXPIRING_NO_INTENT: false,
      OPEN_COMPLAINT: false,
      LOW_SATISFACTION: false,
      NO_RECENT_CONTACT: false,
      ORPHAN: false,
      DORMANT: false,
    };
    expect(churnRisk(none)).toEqual({ score: 0, reasons: [] });
    expect(churnRisk({ ...none, WONT_RENEW: true, ORPHAN: true })).toEqual({
      score: 50,
      reasons: ["WONT_RENEW", "ORPHAN"],
    });
    expect(
      churnRisk({ ...none, POLICY_LAPSED: true, WONT_RENEW: true, OPEN_COMPLAINT: true, ORPHAN: true }).score,
    ).toBe(95);
    expect(churnRisk(Object.fromEntries(Object.keys(none).map((k) => [k, true])) as typeof none).score).toBe(100);
  });
});

describe("classifyCustomer", () => {
  it("derives tier, activity, channel, touchpoints and club membership from the policies", () => {
    const k = classifyCustomer(
      facts({
        policies: [
          policy({
            startDate: "2019-03-01",
            endDate: "2039-02-28",
            channel: "BANCASSURANCE",
            annualPremiumFen: 4_000_000,
          }),
          policy({
            startDate: "2025-07-01",
            endDate: "2026-06-30",
            channel: "TELEMARKETING",
            annualPremiumFen: 1_100_000,
            renewalOutcome: "WONT_RENEW",
          }),
          policy({ startDate: "2024-07-01", endDate: "2025-06-30", status: "MATURED", annualPremiumFen: 900_000 }),
        ],
      }),
      TODAY,
      defaultConfig,
    );
    expect(k.annualPremiumFen).toBe(5_100_000);
    expect(k.vipTier).toBe("GOLD");
    expect(k.activity).toBe("ACTIVE");
    expect(k.channel).toBe("TELEMARKETING");
    expect(k.firstPurchaseAt).toBe("2019-03-01");
    expect(k.touchpoints).toEqual(["MATURITY"]);
    expect(k.isClubMember).toBe(true);
    expect(k.lifecycleStage).toBe("LOYAL");
    expect(k.churnReasons).toEqual(["WONT_RENEW"]);
  });

  it("marks a customer without in-force cover as churned and counts recent claims", () => {
    const k = classifyCustomer(
      facts({
        policies: [
          policy({ startDate: "2021-01-01", endDate: "2041-12-31", status: "LAPSED", statusChangedOn: "2023-01-01" }),
        ],
        claims: [
          { reportedOn: "2026-01-10", amountPaidFen: 300_000 },
          { reportedOn: "2024-01-10", amountPaidFen: 100_000 },
        ],
        lastContactOn: null,
      }),
      TODAY,
      defaultConfig,
    );
    expect(k.lifecycleStage).toBe("CHURNED");
    expect(k.activity).toBe("DORMANT");
    expect(k.claimsLast12m).toBe(1);
    expect(k.totalClaimsPaidFen).toBe(400_000);
    expect(k.isClubMember).toBe(false);
    expect(k.touchpoints).toEqual(["LAPSED", "CLAIM"]);
    expect(k.churnReasons).toEqual(["POLICY_LAPSED", "NO_RECENT_CONTACT", "DORMANT"]);
  });

  it("keeps a prospect's stage and scores willingness from stage, source and contacts", () => {
    const k = classifyCustomer(
      facts({ prospectStage: "TARGET", prospectSource: "REFERRAL", contactsLast12m: 1 }),
      TODAY,
      defaultConfig,
    );
    expect(k).toMatchObject({
      isInsured: false,
      lifecycleStage: "TARGET",
      activity: null,
      loyaltyScore: null,
      churnRiskScore: null,
      willingnessScore: 60,
    });
    expect(k.abilityWill).toBe("MAINTAIN");
  });

  it("treats an insured employee as insured through the group policy without premium", () => {
    const k = classifyCustomer(
      facts({ coveredBy: [policy({ channel: "GROUP", annualPremiumFen: 9_000_000 })] }),
      TODAY,
      defaultConfig,
    );
    expect(k).toMatchObject({
      isInsured: true,
      channel: "GROUP",
      annualPremiumFen: 0,
      vipTier: "NONE",
      lifecycleStage: "CLOSED",
    });
  });
});
