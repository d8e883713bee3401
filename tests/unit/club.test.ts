import { describe, expect, it } from "vitest";
import { claimCountsAgainstClub, clubWindowStart, greenChannelEligible, isClubMember } from "@/lib/domain/club";

describe("clubWindowStart", () => {
  it("is the same calendar day twelve months earlier", () => {
    expect(clubWindowStart("2026-12-02")).toBe("2025-12-02");
    expect(clubWindowStart("2026-01-01")).toBe("2025-01-01");
  });
  it("maps 29 February onto 28 February of the year before", () => {
    expect(clubWindowStart("2028-02-29")).toBe("2027-02-28");
    expect(clubWindowStart("2029-03-01")).toBe("2028-03-01");
  });
});

describe("isClubMember", () => {
  const today = "2026-12-02";
  it("qualifies a claim-free customer with a policy in force", () => {
    expect(isClubMember({ hasPolicyInForce: true, claimReportedOn: [] }, today)).toBe(true);
  });
  it("needs a policy in force", () => {
    expect(isClubMember({ hasPolicyInForce: false, claimReportedOn: [] }, today)).toBe(false);
  });
  it("qualifies again when the last claim was reported exactly twelve months ago", () => {
    expect(isClubMember({ hasPolicyInForce: true, claimReportedOn: ["2025-12-02"] }, today)).toBe(true);
  });
  it("does not qualify with a claim reported one day inside the twelve months", () => {
    expect(isClubMember({ hasPolicyInForce: true, claimReportedOn: ["2025-12-03"] }, today)).toBe(false);
    expect(isClubMember({ hasPolicyInForce: true, claimReportedOn: ["2024-05-01", today] }, today)).toBe(false);
  });
  it("ignores claims dated after today (judging an earlier day)", () => {
    expect(claimCountsAgainstClub("2026-12-03", today)).toBe(false);
  });
  it("handles a leap day today", () => {
    expect(isClubMember({ hasPolicyInForce: true, claimReportedOn: ["2027-02-28"] }, "2028-02-29")).toBe(true);
    expect(isClubMember({ hasPolicyInForce: true, claimReportedOn: ["2027-03-01"] }, "2028-02-29")).toBe(false);
  });
});

describe("greenChannelEligible", () => {
  it("is open to VIP tiers from Gold and to club members", () => {
    expect(greenChannelEligible("NONE", false)).toBe(false);
    expect(greenChannelEligible("NONE", true)).toBe(true);
    expect(greenChannelEligible("GOLD", false)).toBe(true);
    expect(greenChannelEligible("SUPREME", false)).toBe(true);
  });
});
