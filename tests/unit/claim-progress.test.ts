import { describe, expect, it } from "vitest";
import { claimProgress } from "@/lib/domain/claim-progress";

const at = (d: number) => `2026-05-${String(d).padStart(2, "0")}T02:00:00.000Z`;

describe("claimProgress", () => {
  it("marks the steps before the current status done, with their dates", () => {
    const steps = claimProgress("ASSESSING", [
      { status: "DOCUMENTS", at: at(3) },
      { status: "REPORTED", at: at(1) },
      { status: "ASSESSING", at: at(6) },
    ]);
    expect(steps).toEqual([
      { status: "REPORTED", state: "done", at: at(1) },
      { status: "DOCUMENTS", state: "done", at: at(3) },
      { status: "ASSESSING", state: "current", at: at(6) },
      { status: "APPROVED", state: "todo", at: null },
      { status: "PAID", state: "todo", at: null },
      { status: "CLOSED", state: "todo", at: null },
    ]);
  });

  it("completes every step of a closed claim", () => {
    const steps = claimProgress("CLOSED", [{ status: "CLOSED", at: at(20) }]);
    expect(steps.every((s) => s.state === "done")).toBe(true);
    expect(steps.at(-1)).toEqual({ status: "CLOSED", state: "done", at: at(20) });
    expect(steps.find((s) => s.status === "REPORTED")!.at).toBeNull();
  });

  it("follows the rejection path, also after closing", () => {
    expect(claimProgress("REJECTED", []).map((s) => `${s.status}:${s.state}`)).toEqual([
      "REPORTED:done",
      "DOCUMENTS:done",
      "ASSESSING:done",
      "REJECTED:current",
      "CLOSED:todo",
    ]);
    const closed = claimProgress("CLOSED", [
      { status: "REJECTED", at: at(9) },
      { status: "CLOSED", at: at(10) },
    ]);
    expect(closed.map((s) => s.status)).toEqual(["REPORTED", "DOCUMENTS", "ASSESSING", "REJECTED", "CLOSED"]);
  });

  it("keeps the latest time when a step was recorded twice", () => {
    const steps = claimProgress("DOCUMENTS", [
      { status: "DOCUMENTS", at: at(2) },
      { status: "DOCUMENTS", at: at(4) },
    ]);
    expect(steps[1]).toEqual({ status: "DOCUMENTS", state: "current", at: at(4) });
  });
});
