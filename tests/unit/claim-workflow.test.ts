import { describe, expect, it } from "vitest";
import {
  canAdvance,
  daysOpen,
  feedbackAllowed,
  feedbackNeedsFollowUp,
  isOpen,
  nextStatuses,
  requiresAmountPaid,
} from "@/lib/domain/claim-workflow";

describe("claim transitions", () => {
  it("follows the standard steps one at a time", () => {
    expect(nextStatuses("REPORTED")).toEqual(["DOCUMENTS"]);
    expect(nextStatuses("ASSESSING")).toEqual(["APPROVED", "REJECTED"]);
    expect(canAdvance("APPROVED", "PAID")).toBe(true);
    expect(canAdvance("PAID", "CLOSED")).toBe(true);
    expect(canAdvance("REJECTED", "CLOSED")).toBe(true);
  });
  it("refuses skipping, going back and leaving a closed claim", () => {
    expect(canAdvance("REPORTED", "ASSESSING")).toBe(false);
    expect(canAdvance("ASSESSING", "DOCUMENTS")).toBe(false);
    expect(canAdvance("APPROVED", "REJECTED")).toBe(false);
    expect(canAdvance("REPORTED", "REPORTED")).toBe(false);
    expect(nextStatuses("CLOSED")).toEqual([]);
  });
  it("asks for the amount when paying", () => {
    expect(requiresAmountPaid("PAID")).toBe(true);
    expect(requiresAmountPaid("CLOSED")).toBe(false);
  });
});

describe("feedback", () => {
  it("is recordable once the outcome is known", () => {
    expect(feedbackAllowed("ASSESSING")).toBe(false);
    expect(feedbackAllowed("APPROVED")).toBe(false);
    expect(feedbackAllowed("PAID")).toBe(true);
    expect(feedbackAllowed("REJECTED")).toBe(true);
    expect(feedbackAllowed("CLOSED")).toBe(true);
    expect(isOpen("APPROVED")).toBe(true);
    expect(isOpen("CLOSED")).toBe(false);
  });
  it("opens a follow-up for scores of 2 and below", () => {
    expect(feedbackNeedsFollowUp(1)).toBe(true);
    expect(feedbackNeedsFollowUp(2)).toBe(true);
    expect(feedbackNeedsFollowUp(3)).toBe(false);
  });
});

describe("daysOpen", () => {
  it("counts Shanghai calendar days to the close", () => {
    // 2026-05-01 23:30 Shanghai → 2026-05-04 08:00 Shanghai
    expect(daysOpen(new Date("2026-05-01T15:30:00Z"), new Date("2026-05-04T00:00:00Z"))).toBe(3);
  });
  it("counts to now while open, and 0 on the day of the report", () => {
    const reported = new Date("2026-05-01T02:00:00Z");
    expect(daysOpen(reported, null, new Date("2026-05-11T02:00:00Z"))).toBe(10);
    expect(daysOpen(reported, null, new Date("2026-05-01T10:00:00Z"))).toBe(0);
  });
  it("uses the Shanghai day at UTC midnight boundaries", () => {
    // 2026-05-01 16:30 UTC is already 2 May in Shanghai.
    expect(daysOpen(new Date("2026-05-01T15:00:00Z"), new Date("2026-05-01T16:30:00Z"))).toBe(1);
  });
});
