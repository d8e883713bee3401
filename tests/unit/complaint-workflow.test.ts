import { describe, expect, it } from "vitest";
import {
  checkTransition,
  COMPLAINT_STATUSES,
  nextStep,
  stepIndex,
  TRANSITIONS,
  WORKFLOW_STEPS,
} from "@/lib/domain/complaint-workflow";

const DAY = 86_400_000;

describe("complaint workflow transition table", () => {
  it("walks 接受 → 核实 → 登记 → 转交 → 协调 → 处理 → 反馈 → 结案 one step at a time", () => {
    const path = ["VERIFY", "REGISTER", "TRANSFER", "COORDINATE", "HANDLE", "FEEDBACK", "CLOSE"] as const;
    let status: (typeof COMPLAINT_STATUSES)[number] = "RECEIVED";
    for (const step of path) {
      expect(nextStep(status)).toBe(step);
      const r = checkTransition(status, step);
      expect(r.ok).toBe(true);
      if (r.ok) status = r.to;
    }
    expect(status).toBe("CLOSED");
    expect(nextStep("CLOSED")).toBeNull();
  });

  it("rejects every illegal (status, step) pair", () => {
    let legal = 0;
    for (const status of COMPLAINT_STATUSES)
      for (const step of WORKFLOW_STEPS) {
        const r = checkTransition(status, step, { closedAt: new Date(), reopenWindowDays: 30 });
        if (TRANSITIONS[step].from === status) {
          legal++;
          expect(r).toEqual({ ok: true, from: status, to: TRANSITIONS[step].to });
        } else expect(r).toEqual({ ok: false, reason: "illegalTransition" });
      }
    // 8 statuses × 8 steps: exactly one legal step per status.
    expect(legal).toBe(8);
  });

  it("cannot skip steps, go backwards or close an open complaint directly", () => {
    expect(checkTransition("RECEIVED", "HANDLE").ok).toBe(false);
    expect(checkTransition("HANDLED", "VERIFY").ok).toBe(false);
    expect(checkTransition("RECEIVED", "CLOSE").ok).toBe(false);
    expect(checkTransition("HANDLED", "REOPEN").ok).toBe(false);
  });

  it("reopens a closed complaint only within the window, back to 登记", () => {
    const now = new Date("2026-06-30T00:00:00Z");
    const inside = checkTransition("CLOSED", "REOPEN", {
      closedAt: new Date(now.getTime() - 30 * DAY),
      now,
      reopenWindowDays: 30,
    });
    expect(inside).toEqual({ ok: true, from: "CLOSED", to: "REGISTERED" });
    const outside = checkTransition("CLOSED", "REOPEN", {
      closedAt: new Date(now.getTime() - 30 * DAY - 1),
      now,
      reopenWindowDays: 30,
    });
    expect(outside).toEqual({ ok: false, reason: "reopenWindowClosed" });
    expect(checkTransition("CLOSED", "REOPEN", { closedAt: null, now, reopenWindowDays: 30 }).ok).toBe(false);
    expect(checkTransition("CLOSED", "REOPEN", { closedAt: now, now, reopenWindowDays: 0 }).ok).toBe(true);
  });

  it("numbers the statuses 0…7 along the track", () => {
    expect(stepIndex("RECEIVED")).toBe(0);
    expect(stepIndex("CLOSED")).toBe(7);
  });
});
