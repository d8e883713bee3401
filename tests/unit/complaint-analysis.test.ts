import { describe, expect, it } from "vitest";
import {
  averageHours,
  monthOverMonth,
  monthsEnding,
  per10k,
  share,
  shiftMonth,
  slaCompliance,
} from "@/lib/domain/complaint-analysis";

describe("complaint analysis rates", () => {
  it("per 10,000 customers and shares, null on an empty denominator", () => {
    expect(per10k(3, 20_000)).toBeCloseTo(1.5);
    expect(per10k(1, 0)).toBeNull();
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });
  it("SLA compliance, average handling hours and month-over-month change", () => {
    expect(slaCompliance(3, 4)).toBe(0.75);
    expect(slaCompliance(0, 0)).toBeNull();
    expect(averageHours(170, 3)).toBeCloseTo(56.667, 3);
    expect(averageHours(0, 0)).toBeNull();
    expect(monthOverMonth(5, 4)).toBe(0.25);
    expect(monthOverMonth(5, 0)).toBeNull();
  });
  it("walks months across year ends", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    const m = monthsEnding("2026-03", 12);
    expect(m).toHaveLength(12);
    expect(m[0]).toBe("2025-04");
    expect(m[11]).toBe("2026-03");
  });
});
