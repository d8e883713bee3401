// Dates typed into forms must be real calendar days: an impossible one is a field error, never a
// rolled-over date (2026-02-31 → 3 March) or a server error (2026-13-01 → Invalid Date).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createActionInput } from "@/lib/validation/corrective-action";
import { campaignInput } from "@/lib/validation/survey";

const action = (dueDate: string) =>
  createActionInput.safeParse({ month: "2026-11", title: "整改培训", ownerId: randomUUID(), dueDate });
const campaign = (dueDate: string) => campaignInput.safeParse({ templateId: randomUUID(), trigger: "MANUAL", dueDate });

describe("calendar-day inputs", () => {
  it("accept real days, including 29 February of a leap year", () => {
    for (const day of ["2026-12-31", "2028-02-29"]) {
      expect(action(day).success).toBe(true);
      expect(campaign(day).success).toBe(true);
    }
  });

  it("refuse impossible days with the field's error", () => {
    for (const day of ["2026-02-31", "2026-13-01", "2027-02-29", "2026-1-5", ""]) {
      const a = action(day);
      const c = campaign(day);
      expect(a.success, day).toBe(false);
      expect(c.success, day).toBe(false);
      expect(a.error?.issues.map((i) => i.message)).toContain("dueDate");
      expect(c.error?.issues.map((i) => i.message)).toContain("dueDate");
    }
  });
});
