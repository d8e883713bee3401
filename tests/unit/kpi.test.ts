import { describe, expect, it } from "vitest";
import { appraisalScore, sortAppraisal } from "@/lib/domain/appraisal";
import {
  delta,
  deltaIsGood,
  EMPTY_COUNTS,
  KPI_DEFINITIONS,
  KPI_IDS,
  kpiValues,
  nps,
  periodTarget,
  planDefaults,
  rate,
  targetMet,
  targetProgress,
} from "@/lib/domain/kpi";
import {
  asOfDate,
  currentPeriod,
  customPeriod,
  monthPeriod,
  openingDate,
  parsePeriod,
  previousPeriod,
  quarterPeriod,
  shanghaiStartOf,
  trendPeriods,
  yearPeriod,
} from "@/lib/domain/kpi-period";
import zh from "@/messages/zh-CN/kpi.json";
import en from "@/messages/en/kpi.json";

describe("KPI periods", () => {
  it("builds month, quarter and year periods with inclusive ends", () => {
    expect(monthPeriod(2024, 2)).toEqual({ kind: "month", key: "2024-02", start: "2024-02-01", end: "2024-02-29" });
    expect(monthPeriod(2025, 2).end).toBe("2025-02-28");
    expect(quarterPeriod(2025, 4)).toEqual({ kind: "quarter", key: "2025-Q4", start: "2025-10-01", end: "2025-12-31" });
    expect(yearPeriod(2026)).toEqual({ kind: "year", key: "2026", start: "2026-01-01", end: "2026-12-31" });
  });

  it("finds the current period of today", () => {
    expect(currentPeriod("month", "2026-11-23").key).toBe("2026-11");
    expect(currentPeriod("quarter", "2026-11-23").key).toBe("2026-Q4");
    expect(currentPeriod("year", "2026-01-01").key).toBe("2026");
  });

  it("steps back to the previous period across year boundaries", () => {
    expect(previousPeriod(monthPeriod(2026, 1)).key).toBe("2025-12");
    expect(previousPeriod(quarterPeriod(2026, 1)).key).toBe("2025-Q4");
    expect(previousPeriod(yearPeriod(2026)).key).toBe("2025");
    // A custom range of 10 days → the 10 days just before.
    expect(previousPeriod(customPeriod("2026-03-01", "2026-03-10"))).toMatchObject({
      start: "2026-02-19",
      end: "2026-02-28",
    });
  });

  it("lists trend periods oldest first", () => {
    expect(trendPeriods(monthPeriod(2026, 3)).map((p) => p.key)).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(trendPeriods(quarterPeriod(2026, 2)).map((p) => p.key)).toEqual([
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
    ]);
    expect(trendPeriods(yearPeriod(2026)).map((p) => p.key)).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    expect(trendPeriods(customPeriod("2026-01-15", "2026-05-02")).at(-1)!.key).toBe("2026-05");
  });

  it("parses URL periods and rejects malformed ones", () => {
    expect(parsePeriod("month", "2026-13")).toBeNull();
    expect(parsePeriod("quarter", "2026-Q5")).toBeNull();
    expect(parsePeriod("year", "26")).toBeNull();
    expect(parsePeriod("custom", undefined, "2026-02-30", "2026-03-01")).toBeNull();
    expect(parsePeriod("custom", undefined, "2026-03-10", "2026-03-01")).toMatchObject({
      start: "2026-03-01",
      end: "2026-03-10",
    });
    expect(parsePeriod("quarter", "2026-Q2")).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
  });

  it("measures a running period up to today, and the opening on the day before", () => {
    expect(asOfDate(yearPeriod(2026), "2026-11-23")).toBe("2026-11-23");
    expect(asOfDate(yearPeriod(2025), "2026-11-23")).toBe("2025-12-31");
    expect(openingDate(yearPeriod(2026))).toBe("2025-12-31");
    expect(shanghaiStartOf("2026-01-01").toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });
});

describe("KPI formulas", () => {
  it("divides only by a non-zero denominator", () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 0)).toBeNull();
  });

  it("computes NPS as % promoters minus % detractors", () => {
    expect(nps(5, 2, 10)).toBe(30);
    expect(nps(0, 4, 4)).toBe(-100);
    expect(nps(0, 0, 0)).toBeNull();
  });

  it("derives all values from counts", () => {
    const v = kpiValues({
      ...EMPTY_COUNTS,
      customers: { openingInsured: 200, closingInsured: 210, retained: 180, repeatBuyers: 12 },
      renewal: { due: 40, renewed: 30 },
      visits: { due: 10, done: 8, onTime: 6 },
      surveys: { csatCount: 4, csatSum: 340, npsCount: 4, promoters: 2, detractors: 1 },
      claims: { closed: 2, daysSum: 9 },
    });
    expect(v.insuredGrowth).toBeCloseTo(0.05);
    expect(v.repeatPurchaseRate).toBeCloseTo(0.06);
    expect(v.retentionRate).toBeCloseTo(0.9);
    expect(v.churnRate).toBeCloseTo(0.1);
    expect(v.renewalRate).toBeCloseTo(0.75);
    expect(v.visitOnTimeRate).toBeCloseTo(0.6);
    expect(v.csat).toBe(85);
    expect(v.nps).toBe(25);
    expect(v.avgClaimDays).toBe(4.5);
    expect(v.complaintSla48h).toBeNull();
  });

  it("compares with the previous period and the target by the KPI's direction", () => {
    expect(delta(0.12, 0.1)).toEqual({ absolute: expect.closeTo(0.02), relative: expect.closeTo(0.2) });
    expect(delta(5, 0)).toEqual({ absolute: 5, relative: null });
    expect(delta(null, 1)).toBeNull();
    expect(deltaIsGood(KPI_DEFINITIONS.churnRate, delta(0.1, 0.12))).toBe(true);
    expect(deltaIsGood(KPI_DEFINITIONS.renewalRate, delta(0.1, 0.12))).toBe(false);
    expect(targetProgress(KPI_DEFINITIONS.renewalRate, 0.6, 0.8)).toBeCloseTo(0.75);
    expect(targetProgress(KPI_DEFINITIONS.avgClaimDays, 10, 8)).toBeCloseTo(0.8);
    expect(targetProgress(KPI_DEFINITIONS.nps, -5, 30)).toBe(0);
    expect(targetProgress(KPI_DEFINITIONS.nps, 5, 0)).toBeNull();
    expect(targetMet(KPI_DEFINITIONS.avgClaimDays, 7, 8)).toBe(true);
    expect(periodTarget(KPI_DEFINITIONS.premium, 365_000, 31, 365)).toBe(31_000);
    expect(periodTarget(KPI_DEFINITIONS.renewalRate, 0.8, 31, 365)).toBe(0.8);
  });

  it("offers the five-year plan: +5 % customers, repeat purchase 6 % → 7 %", () => {
    expect(planDefaults({ insuredCustomers: 1000, repeatPurchaseRate: null })).toEqual({
      insuredCustomers: 1050,
      insuredGrowth: 0.05,
      repeatPurchaseRate: 0.06,
    });
    expect(planDefaults({ insuredCustomers: null, repeatPurchaseRate: 0.065 }).repeatPurchaseRate).toBe(0.0675);
    expect(planDefaults({ insuredCustomers: null, repeatPurchaseRate: 0.07 }).repeatPurchaseRate).toBe(0.07);
  });

  it("scores and sorts the appraisal with nulls last", () => {
    expect(
      appraisalScore({
        renewalRate: 1,
        repeatPurchaseRate: 0.07,
        visitRate: 1,
        csat: 100,
        churnRate: 0,
        complaints: 0,
      }),
    ).toBe(100);
    // Only renewal present: 0.5 × 100 = 50, minus 2 × 1 complaint.
    expect(
      appraisalScore({
        renewalRate: 0.5,
        repeatPurchaseRate: null,
        visitRate: null,
        csat: null,
        churnRate: null,
        complaints: 1,
      }),
    ).toBe(48);
    expect(
      appraisalScore({
        renewalRate: null,
        repeatPurchaseRate: null,
        visitRate: null,
        csat: null,
        churnRate: null,
        complaints: 0,
      }),
    ).toBeNull();
    const row = (name: string, score: number | null) => ({
      name,
      score,
      renewed: 0,
      renewalRate: null,
      repeatBuyers: 0,
      repeatPurchaseRate: null,
      visitRate: null,
      csat: null,
      complaints: 0,
      churnRate: null,
    });
    expect(sortAppraisal([row("a", 10), row("b", null), row("c", 30)], "score", "desc").map((r) => r.name)).toEqual([
      "c",
      "a",
      "b",
    ]);
  });

  it("documents every KPI in both languages", () => {
    for (const id of KPI_IDS) {
      for (const messages of [zh, en]) {
        const def = (messages.defs as Record<string, Record<string, string>>)[id];
        for (const field of ["name", "formula", "numerator", "denominator", "edge"])
          expect(def?.[field], `${id}.${field}`).toBeTruthy();
      }
    }
  });
});
