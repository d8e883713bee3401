import { describe, expect, it } from "vitest";
import { defaultConfig } from "@/lib/domain/config";
import {
  isNewCustomerInWindow,
  needsLowScoreFollowUp,
  newCustomerAnchor,
  newCustomerDueDate,
  preExpiryDueDate,
  preExpiryWindow,
  suggestVisitMethod,
  tenureYears,
  visitUrgency,
} from "@/lib/domain/visit-plan";

const rules = defaultConfig.visits;
const small = { kind: "INDIVIDUAL" as const, vipTier: "NONE" as const };

describe("visit plan rules", () => {
  it("dues a new customer's visit 30 days after the first purchase, or after registration", () => {
    expect(newCustomerDueDate("2026-01-31", rules)).toBe("2026-03-02");
    expect(newCustomerAnchor("2026-01-31", "2026-05-01")).toBe("2026-01-31");
    expect(newCustomerAnchor(null, "2026-05-01")).toBe("2026-05-01");
    expect(newCustomerDueDate("2026-05-01", { ...rules, newCustomerWithinDays: 10 })).toBe("2026-05-11");
  });

  it("keeps a new customer in the planning window until the due day, not after", () => {
    expect(isNewCustomerInWindow("2026-05-01", "2026-05-31", rules)).toBe(true); // due today
    expect(isNewCustomerInWindow("2026-04-30", "2026-05-31", rules)).toBe(false); // due yesterday
    expect(isNewCustomerInWindow("2026-06-01", "2026-05-31", rules)).toBe(false); // future purchase
  });

  it("dues the pre-expiry visit 30 days before the end, never in the past", () => {
    expect(preExpiryDueDate("2026-07-01", "2026-05-01", rules)).toBe("2026-06-01");
    expect(preExpiryDueDate("2026-05-31", "2026-05-01", rules)).toBe("2026-05-01"); // exactly 30 days
    expect(preExpiryDueDate("2026-05-10", "2026-05-01", rules)).toBe("2026-05-01"); // planned late: today
    expect(preExpiryDueDate("2026-07-01", "2026-05-01", { ...rules, preExpiryDays: 45 })).toBe("2026-05-17");
    expect(preExpiryWindow("2026-05-01", rules)).toEqual({ from: "2026-05-01", to: "2026-06-14" });
  });

  it("counts whole years of tenure, with the anniversary day included", () => {
    expect(tenureYears("2023-06-01", "2026-06-01")).toBe(3);
    expect(tenureYears("2023-06-02", "2026-06-01")).toBe(2);
    expect(tenureYears("2024-02-29", "2027-02-28")).toBe(2);
    expect(tenureYears(null, "2026-06-01")).toBe(0);
    expect(tenureYears("2027-01-01", "2026-06-01")).toBe(0);
  });

  it("suggests phone for new and small customers and on site for VIP, corporate and long-standing ones", () => {
    expect(suggestVisitMethod({ ...small, firstPurchaseAt: "2026-05-01" }, "2026-06-01")).toBe("PHONE");
    expect(suggestVisitMethod({ ...small, firstPurchaseAt: null }, "2026-06-01")).toBe("PHONE");
    expect(suggestVisitMethod({ ...small, firstPurchaseAt: "2023-06-02" }, "2026-06-01")).toBe("PHONE");
    expect(suggestVisitMethod({ ...small, firstPurchaseAt: "2023-06-01" }, "2026-06-01")).toBe("ON_SITE");
    expect(suggestVisitMethod({ ...small, vipTier: "GOLD", firstPurchaseAt: "2026-05-01" }, "2026-06-01")).toBe(
      "ON_SITE",
    );
    expect(suggestVisitMethod({ kind: "CORPORATE", vipTier: "NONE", firstPurchaseAt: null }, "2026-06-01")).toBe(
      "ON_SITE",
    );
    expect(suggestVisitMethod({ kind: "HIGH_NET_WORTH", vipTier: "NONE", firstPurchaseAt: null }, "2026-06-01")).toBe(
      "ON_SITE",
    );
  });

  it("classifies urgency around today", () => {
    expect(visitUrgency("2026-05-31", "2026-06-01")).toBe("overdue");
    expect(visitUrgency("2026-06-01", "2026-06-01")).toBe("today");
    expect(visitUrgency("2026-06-08", "2026-06-01")).toBe("soon");
    expect(visitUrgency("2026-06-09", "2026-06-01")).toBe("later");
  });

  it("asks for a follow-up on a score of 2 or less on either question", () => {
    expect(needsLowScoreFollowUp({ claimSatisfaction: null, overallEvaluation: 3 })).toBe(false);
    expect(needsLowScoreFollowUp({ claimSatisfaction: 3, overallEvaluation: 3 })).toBe(false);
    expect(needsLowScoreFollowUp({ claimSatisfaction: 2, overallEvaluation: 5 })).toBe(true);
    expect(needsLowScoreFollowUp({ claimSatisfaction: null, overallEvaluation: 2 })).toBe(true);
    expect(needsLowScoreFollowUp({ claimSatisfaction: null, overallEvaluation: 1 })).toBe(true);
  });
});
