import { describe, expect, it } from "vitest";
import { tenureStatus } from "@/lib/domain/classification";
import { longStandingCutoff } from "@/lib/domain/tenure-cutoff";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, n: number) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000));

describe("longStandingCutoff", () => {
  it("is the anniversary N years back", () => {
    expect(longStandingCutoff("2026-11-23", 1)).toBe("2025-11-23");
    expect(longStandingCutoff("2026-11-23", 3)).toBe("2023-11-23");
  });

  it("needs a whole anniversary for a fractional setting", () => {
    expect(longStandingCutoff("2026-11-23", 1.5)).toBe("2024-11-23");
  });

  it("handles 29 February on both sides", () => {
    expect(longStandingCutoff("2025-02-28", 1)).toBe("2024-02-29");
    expect(longStandingCutoff("2024-02-29", 1)).toBe("2023-02-28");
    expect(longStandingCutoff("2028-02-29", 4)).toBe("2024-02-29");
  });

  // The SQL filter (firstPurchaseAt <= cutoff) must agree with the classification rule day by day.
  it("agrees with tenureStatus for every first-purchase date around the boundary", () => {
    const todays = ["2026-11-23", "2025-02-28", "2024-02-29", "2024-03-01", "2025-03-01", "2027-12-31", "2028-01-01"];
    for (const years of [1, 2, 3, 1.5]) {
      for (const today of todays) {
        const cutoff = longStandingCutoff(today, years);
        for (let d = -400; d <= 400; d++) {
          const first = addDays(cutoff, d);
          if (first > today) continue;
          const expected = tenureStatus(first, today, years);
          expect(first <= cutoff ? "LONG_STANDING" : "NEW", `${today} ${years} ${first}`).toBe(expected);
        }
      }
    }
  });
});
