import { describe, expect, it } from "vitest";
import {
  isLowScore,
  lowScoreReasons,
  meanCsat,
  npsOf,
  scaleToCsat,
  surveyCsat,
  surveyScores,
} from "@/lib/domain/survey-scores";
import { isDetractor } from "@/lib/domain/kpi";

describe("CSAT", () => {
  it("maps a 1–5 answer onto 0–100 in steps of 25", () => {
    expect([1, 2, 3, 4, 5].map(scaleToCsat)).toEqual([0, 25, 50, 75, 100]);
  });
  it("is the mean over the survey's scale answers, null without any", () => {
    expect(surveyCsat([4, 5])).toBe(87.5);
    expect(surveyCsat([2, 3, 3])).toBe(41.67);
    expect(surveyCsat([])).toBeNull();
  });
  it("of a period is the mean of the surveys' CSAT (the cockpit's formula)", () => {
    expect(meanCsat(87.5 + 50, 2)).toBe(68.75);
    expect(meanCsat(0, 0)).toBeNull();
  });
});

describe("NPS", () => {
  it("is % promoters (9–10) minus % detractors (0–6)", () => {
    expect(npsOf([10, 9, 8, 7, 6, 0])).toBeCloseTo(((2 - 2) / 6) * 100);
    expect(npsOf([10, 9, 9, 2])).toBe(50);
    expect(npsOf([7, 8])).toBe(0);
    expect(npsOf([])).toBeNull();
  });
  it("shares its detractor boundary with the KPI definitions", () => {
    expect(isDetractor(6)).toBe(true);
    expect(isDetractor(7)).toBe(false);
  });
});

describe("low score", () => {
  it("is any scale answer ≤ 2 or an NPS answer ≤ 6", () => {
    expect(
      isLowScore([
        { type: "SCALE_5", score: 2 },
        { type: "SCALE_5", score: 5 },
      ]),
    ).toBe(true);
    expect(
      isLowScore([
        { type: "SCALE_5", score: 3 },
        { type: "NPS_10", score: 7 },
      ]),
    ).toBe(false);
    expect(
      lowScoreReasons([
        { type: "SCALE_5", score: 1 },
        { type: "NPS_10", score: 6 },
      ]),
    ).toEqual(["scale", "nps"]);
    expect(lowScoreReasons([{ type: "NPS_10", score: 0 }])).toEqual(["nps"]);
    expect(
      isLowScore([
        { type: "TEXT", text: "很差" },
        { type: "CHOICE", choice: "差" },
      ]),
    ).toBe(false);
  });
  it("surveyScores gives the stored csat, npsScore and the low flag", () => {
    expect(
      surveyScores([
        { type: "SCALE_5", score: 4 },
        { type: "NPS_10", score: 9 },
        { type: "TEXT", text: null },
      ]),
    ).toEqual({ csat: 75, npsScore: 9, low: false });
    expect(surveyScores([{ type: "NPS_10", score: 3 }])).toEqual({ csat: null, npsScore: 3, low: true });
  });
});
