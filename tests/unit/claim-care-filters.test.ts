import { describe, expect, it } from "vitest";
import { advanceClaimInput, claimFeedbackInput } from "@/lib/validation/claim-actions";
import { claimFiltersToParams, readClaimFilters } from "@/lib/validation/claim-filters";
import { careFiltersToParams, readCareFilters } from "@/lib/validation/care-filters";

const CLAIM = "7b0c2f0e-2a53-4c55-9a4e-4f2a3b1c9d10";

describe("claim list URL", () => {
  it("reads the Today page's link and keeps it canonical", () => {
    const { filters, invalid } = readClaimFilters({ changed: "7d" });
    expect(invalid).toEqual([]);
    expect(filters.changed).toBe("7d");
    expect(claimFiltersToParams(filters).toString()).toBe("changed=7d");
  });
  it("drops and reports what it cannot read, keeping the rest", () => {
    const { filters, invalid } = readClaimFilters({ status: ["ASSESSING", "NOPE"], green: "yes", page: "0" });
    expect(invalid.sort()).toEqual(["page", "status"]);
    expect(filters.green).toBe("yes");
    expect(filters.status).toEqual([]);
  });
  it("refuses a reported period that ends before it starts", () => {
    expect(readClaimFilters({ from: "2026-05-02", to: "2026-05-01" }).invalid).toEqual(["to"]);
  });
  it("writes sort and direction only when they differ from the defaults", () => {
    const { filters } = readClaimFilters({ sort: "reported", dir: "desc", state: "open" });
    expect(claimFiltersToParams(filters).toString()).toBe("state=open&sort=reported");
  });
});

describe("claim action inputs", () => {
  it("accepts a step with a note and an amount in fen precision", () => {
    const r = advanceClaimInput.safeParse({
      claimId: CLAIM,
      from: "APPROVED",
      to: "PAID",
      amountPaid: "1200.50",
      note: " ok ",
    });
    expect(r.success && r.data).toMatchObject({ amountPaid: 1200.5, note: "ok" });
  });
  it("refuses unknown statuses, sub-fen amounts and bad ids", () => {
    expect(advanceClaimInput.safeParse({ claimId: CLAIM, from: "APPROVED", to: "DONE" }).success).toBe(false);
    expect(
      advanceClaimInput.safeParse({ claimId: CLAIM, from: "APPROVED", to: "PAID", amountPaid: "1.005" }).success,
    ).toBe(false);
    expect(advanceClaimInput.safeParse({ claimId: "x", from: "APPROVED", to: "PAID" }).success).toBe(false);
  });
  it("takes a feedback score from 1 to 5 only", () => {
    expect(claimFeedbackInput.safeParse({ claimId: CLAIM, score: "5" }).success).toBe(true);
    expect(claimFeedbackInput.safeParse({ claimId: CLAIM, score: "0" }).success).toBe(false);
    expect(claimFeedbackInput.safeParse({ claimId: CLAIM, score: "6" }).success).toBe(false);
    expect(claimFeedbackInput.safeParse({ claimId: CLAIM, score: "3.5" }).success).toBe(false);
  });
});

describe("care list URL", () => {
  it("reads the Today page's birthday link", () => {
    const { filters, invalid } = readCareFilters({ range: "week" });
    expect(invalid).toEqual([]);
    expect(careFiltersToParams(filters).toString()).toBe("range=week");
  });
  it("drops the dates of a named range and keeps those of a custom one", () => {
    expect(
      careFiltersToParams(readCareFilters({ range: "week", from: "2026-01-01", to: "2026-01-05" }).filters).toString(),
    ).toBe("range=week");
    expect(
      careFiltersToParams(
        readCareFilters({ range: "custom", from: "2026-01-01", to: "2026-01-05" }).filters,
      ).toString(),
    ).toBe("range=custom&from=2026-01-01&to=2026-01-05");
  });
  it("falls back to the default range when a custom range is broken", () => {
    const { filters, invalid } = readCareFilters({
      range: "custom",
      from: "2026-03-01",
      to: "2026-01-01",
      club: "yes",
    });
    expect(invalid).toContain("to");
    expect([filters.range, filters.from, filters.to, filters.club]).toEqual([undefined, undefined, undefined, "yes"]);
  });
  it("refuses a holiday year outside the table", () => {
    expect(readCareFilters({ list: "holiday", holiday: "MID_AUTUMN", year: "2040" }).invalid).toEqual(["year"]);
  });
});
