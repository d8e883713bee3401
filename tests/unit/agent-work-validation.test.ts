import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { addDays, shanghaiDate } from "@/lib/domain/dates";
import { renewalAssignSchema, renewalFilterSchema, renewalOutcomeSchema, renewalRange } from "@/lib/validation/renewal";
import { visitFilterSchema, visitLogSchema } from "@/lib/validation/visit";

// The schemas read "today" from the clock: fix it one second before midnight in Shanghai (16:00
// UTC) on a leap day, where a real clock could move on between reading `today` and a parse.
vi.useFakeTimers({ toFake: ["Date"] });
vi.setSystemTime(new Date("2028-02-29T15:59:59Z"));
afterAll(() => void vi.useRealTimers());
const today = shanghaiDate();
const id = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const errors = (r: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  r.error ? (z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>) : {};

describe("visit log schema", () => {
  const base = {
    visitId: id,
    method: "PHONE",
    visitedOn: today,
    overallEvaluation: "4",
    claimSatisfaction: "",
    productUsage: " ",
    notes: "",
    nextStep: "",
    nextStepAt: "",
  };

  it("accepts the minimal phone log and normalises blanks to null", () => {
    const r = visitLogSchema.parse(base);
    expect(r).toMatchObject({
      overallEvaluation: 4,
      claimSatisfaction: null,
      productUsage: null,
      nextStepAt: null,
      confirmContacts: false,
    });
    expect(visitLogSchema.parse({ ...base, confirmContacts: "on" }).confirmContacts).toBe(true);
  });

  it("requires an overall score of 1–5 and allows no claim score", () => {
    expect(errors(visitLogSchema.safeParse({ ...base, overallEvaluation: undefined })).overallEvaluation).toEqual([
      "required",
    ]);
    expect(errors(visitLogSchema.safeParse({ ...base, overallEvaluation: "6" })).overallEvaluation).toEqual(["score"]);
    expect(errors(visitLogSchema.safeParse({ ...base, claimSatisfaction: "0" })).claimSatisfaction).toEqual(["score"]);
    expect(visitLogSchema.parse({ ...base, claimSatisfaction: "1" }).claimSatisfaction).toBe(1);
  });

  it("refuses a future or too old visit date and a next step before the visit", () => {
    expect(errors(visitLogSchema.safeParse({ ...base, visitedOn: addDays(today, 1) })).visitedOn).toEqual(["future"]);
    expect(errors(visitLogSchema.safeParse({ ...base, visitedOn: addDays(today, -61) })).visitedOn).toEqual(["tooOld"]);
    expect(visitLogSchema.safeParse({ ...base, visitedOn: addDays(today, -60) }).success).toBe(true);
    expect(
      errors(
        visitLogSchema.safeParse({
          ...base,
          visitedOn: addDays(today, -2),
          nextStep: "致电",
          nextStepAt: addDays(today, -3),
        }),
      ).nextStepAt,
    ).toEqual(["beforeVisit"]);
    expect(errors(visitLogSchema.safeParse({ ...base, nextStepAt: addDays(today, 3) })).nextStep).toEqual(["required"]);
  });

  it("refuses unknown methods and malformed ids", () => {
    const e = errors(visitLogSchema.safeParse({ ...base, method: "FAX", visitId: "1" }));
    expect(e.method).toEqual(["required"]);
    expect(e.visitId).toEqual(["notFound"]);
  });

  it("reads list filters from the URL and rejects junk", () => {
    expect(visitFilterSchema.parse({ period: "overdue", status: "", page: "2" })).toEqual({
      period: "overdue",
      page: 2,
    });
    expect(visitFilterSchema.safeParse({ period: "yesterday" }).success).toBe(false);
  });
});

describe("renewal schemas", () => {
  it("needs a next contact date for 'considering', in the future", () => {
    expect(errors(renewalOutcomeSchema.safeParse({ policyId: id, outcome: "CONSIDERING" })).nextContactAt).toEqual([
      "requiredConsidering",
    ]);
    expect(
      errors(renewalOutcomeSchema.safeParse({ policyId: id, outcome: "WILL_RENEW", nextContactAt: addDays(today, -1) }))
        .nextContactAt,
    ).toEqual(["past"]);
    expect(renewalOutcomeSchema.parse({ policyId: id, outcome: "WONT_RENEW", note: "  " })).toMatchObject({
      note: null,
      nextContactAt: null,
    });
    expect(errors(renewalOutcomeSchema.safeParse({ policyId: id, outcome: "MAYBE" })).outcome).toEqual(["required"]);
  });

  it("picks the end-date range: one day, a custom range, or the next 30/60/90 days", () => {
    expect(renewalRange(renewalFilterSchema.parse({}), "2026-06-01")).toEqual({ from: "2026-06-01", to: "2026-07-01" });
    expect(renewalRange(renewalFilterSchema.parse({ within: "90" }), "2026-06-01")).toEqual({
      from: "2026-06-01",
      to: "2026-08-30",
    });
    expect(renewalRange(renewalFilterSchema.parse({ on: "2026-06-15", within: "90" }), "2026-06-01")).toEqual({
      from: "2026-06-15",
      to: "2026-06-15",
    });
    expect(renewalRange(renewalFilterSchema.parse({ from: "2026-05-01", to: "2026-05-31" }), "2026-06-01")).toEqual({
      from: "2026-05-01",
      to: "2026-05-31",
    });
    expect(renewalFilterSchema.safeParse({ within: "45" }).success).toBe(false);
    expect(renewalFilterSchema.safeParse({ on: "2026-02-30" }).success).toBe(false);
  });

  it("bounds bulk assignment to 1–200 policies and an agent id", () => {
    expect(errors(renewalAssignSchema.safeParse({ policyIds: [], agentId: id })).policyIds).toEqual(["noneSelected"]);
    expect(errors(renewalAssignSchema.safeParse({ policyIds: Array(201).fill(id), agentId: id })).policyIds).toEqual([
      "tooMany",
    ]);
    expect(errors(renewalAssignSchema.safeParse({ policyIds: [id] })).agentId).toEqual(["agentRequired"]);
  });
});
