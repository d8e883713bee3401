import { describe, expect, it } from "vitest";
import { canTransition, isOverdue, mayTransition, nextStatuses } from "@/lib/domain/corrective-action";

describe("corrective action status", () => {
  it("moves OPEN → IN_PROGRESS → DONE, cancels from open states, never leaves a final state", () => {
    expect(canTransition("OPEN", "IN_PROGRESS")).toBe(true);
    expect(canTransition("IN_PROGRESS", "DONE")).toBe(true);
    expect(canTransition("OPEN", "CANCELLED")).toBe(true);
    expect(canTransition("IN_PROGRESS", "OPEN")).toBe(false);
    expect(canTransition("OPEN", "OPEN")).toBe(false);
    expect(nextStatuses("DONE")).toEqual([]);
    expect(nextStatuses("CANCELLED")).toEqual([]);
  });
  it("lets the owner move forward but only a lead cancel; strangers nothing", () => {
    expect(mayTransition({ from: "OPEN", to: "IN_PROGRESS", isOwner: true, isManager: false })).toBe(true);
    expect(mayTransition({ from: "OPEN", to: "CANCELLED", isOwner: true, isManager: false })).toBe(false);
    expect(mayTransition({ from: "OPEN", to: "CANCELLED", isOwner: false, isManager: true })).toBe(true);
    expect(mayTransition({ from: "OPEN", to: "DONE", isOwner: false, isManager: false })).toBe(false);
    expect(mayTransition({ from: "DONE", to: "CANCELLED", isOwner: true, isManager: true })).toBe(false);
  });
  it("is overdue when still open after its due day", () => {
    expect(isOverdue("OPEN", "2026-05-19", "2026-05-20")).toBe(true);
    expect(isOverdue("IN_PROGRESS", "2026-05-20", "2026-05-20")).toBe(false);
    expect(isOverdue("DONE", "2026-01-01", "2026-05-20")).toBe(false);
  });
});
