import { describe, expect, it } from "vitest";
import { configSchema, defaultConfig, resolveConfig } from "@/lib/domain/config";
import {
  addSlaHours,
  clockState,
  complaintClocks,
  slaCalendar,
  slaDeadlines,
  slaElapsedMs,
  slaHours,
  type SlaConfig,
} from "@/lib/domain/sla";

const H = 3_600_000;
/** An instant given in Asia/Shanghai local time. */
const sh = (local: string) => new Date(`${local}+08:00`);
const wallClock = slaCalendar(defaultConfig.complaintSla);
const business = (extra: Partial<SlaConfig> = {}, holidays: { date: string; isWorkday: boolean }[] = []) =>
  slaCalendar({ ...defaultConfig.complaintSla, businessHoursOnly: true, ...extra }, holidays);

describe("SLA deadlines on the wall clock", () => {
  it("is 48 h / 72 h after receipt by default, through nights and weekends", () => {
    const received = sh("2026-06-19T17:30:00"); // a Friday
    const d = slaDeadlines(received, "OTHER", "MEDIUM", defaultConfig.complaintSla, wallClock);
    expect(d.responseDueAt.getTime() - received.getTime()).toBe(48 * H);
    expect(d.resolutionDueAt.getTime() - received.getTime()).toBe(72 * H);
  });

  it("applies the most specific override: category + severity over severity over category", () => {
    const config: SlaConfig = {
      ...defaultConfig.complaintSla,
      overrides: [
        { category: "CLAIM_DISPUTE", resolutionHours: 120 },
        { severity: "CRITICAL", firstResponseHours: 4, resolutionHours: 24 },
        { category: "CLAIM_DISPUTE", severity: "CRITICAL", resolutionHours: 36 },
      ],
    };
    expect(slaHours(config, "OTHER", "LOW")).toEqual({ firstResponseHours: 48, resolutionHours: 72 });
    expect(slaHours(config, "CLAIM_DISPUTE", "LOW")).toEqual({ firstResponseHours: 48, resolutionHours: 120 });
    expect(slaHours(config, "OTHER", "CRITICAL")).toEqual({ firstResponseHours: 4, resolutionHours: 24 });
    expect(slaHours(config, "CLAIM_DISPUTE", "CRITICAL")).toEqual({ firstResponseHours: 4, resolutionHours: 36 });
  });

  it("validates the config additively: old stored values still parse, bad overrides fall back", () => {
    const old = {
      firstResponseHours: 24,
      resolutionHours: 48,
      atRiskShare: 0.2,
      reopenWindowDays: 7,
      businessHoursOnly: false,
    };
    const c = resolveConfig({ complaintSla: old }).complaintSla;
    expect(c.firstResponseHours).toBe(24);
    expect(c.overrides).toEqual([]);
    expect(c.workingHours).toEqual({ start: "09:00", end: "18:00" });
    expect(
      resolveConfig({ complaintSla: { ...old, overrides: [{ resolutionHours: 5 }] } }).complaintSla.firstResponseHours,
    ).toBe(48);
    expect(
      configSchema.shape.complaintSla.safeParse({ ...old, workingHours: { start: "18:00", end: "09:00" } }).success,
    ).toBe(false);
  });
});

describe("SLA deadlines in business hours (09:00–18:00 Mon–Fri, Asia/Shanghai)", () => {
  it("counts only working hours inside a day", () => {
    expect(addSlaHours(sh("2026-06-15T10:00:00"), 3, business())).toEqual(sh("2026-06-15T13:00:00"));
  });

  it("skips the night", () => {
    // Monday 16:00 + 4 h = 2 h on Monday, 2 h on Tuesday.
    expect(addSlaHours(sh("2026-06-15T16:00:00"), 4, business())).toEqual(sh("2026-06-16T11:00:00"));
  });

  it("starts the clock at the opening hour when received at night or before opening", () => {
    expect(addSlaHours(sh("2026-06-15T22:00:00"), 1, business())).toEqual(sh("2026-06-16T10:00:00"));
    expect(addSlaHours(sh("2026-06-16T06:00:00"), 1, business())).toEqual(sh("2026-06-16T10:00:00"));
  });

  it("skips the weekend", () => {
    // Friday 17:00 + 2 h → Monday 10:00.
    expect(addSlaHours(sh("2026-06-19T17:00:00"), 2, business())).toEqual(sh("2026-06-22T10:00:00"));
    expect(addSlaHours(sh("2026-06-20T12:00:00"), 1, business())).toEqual(sh("2026-06-22T10:00:00"));
  });

  it("48 business hours are 5⅓ working days", () => {
    // Monday 09:00 + 48 h = 5 days × 9 h (45 h) + 3 h on the next Monday.
    expect(addSlaHours(sh("2026-06-15T09:00:00"), 48, business())).toEqual(sh("2026-06-22T12:00:00"));
  });

  it("skips holidays and works make-up days (调休)", () => {
    const holidays = [
      { date: "2026-06-16", isWorkday: false }, // Tuesday off
      { date: "2026-06-20", isWorkday: true }, // Saturday worked
    ];
    const cal = business({}, holidays);
    expect(addSlaHours(sh("2026-06-15T17:00:00"), 2, cal)).toEqual(sh("2026-06-17T10:00:00"));
    expect(addSlaHours(sh("2026-06-19T17:00:00"), 2, cal)).toEqual(sh("2026-06-20T10:00:00"));
  });

  it("takes holidays from the config too, the config winning over the table", () => {
    const cal = business({ holidays: [{ date: "2026-06-16", workday: true }] }, [
      { date: "2026-06-16", isWorkday: false },
    ]);
    expect(addSlaHours(sh("2026-06-15T17:00:00"), 2, cal)).toEqual(sh("2026-06-16T10:00:00"));
  });

  it("ends exactly at closing time when the hours fill the day", () => {
    expect(addSlaHours(sh("2026-06-15T09:00:00"), 9, business())).toEqual(sh("2026-06-15T18:00:00"));
  });

  it("honours custom working hours and days", () => {
    const cal = business({ workingHours: { start: "08:30", end: "12:00" }, workDays: [1, 2, 3, 4, 5, 6] });
    expect(addSlaHours(sh("2026-06-19T11:00:00"), 2, cal)).toEqual(sh("2026-06-20T09:30:00"));
  });

  it("measures elapsed business time symmetric to adding it", () => {
    const cal = business();
    const start = sh("2026-06-19T15:20:00");
    for (const hours of [1, 5, 9, 17, 48, 72]) {
      const due = addSlaHours(start, hours, cal);
      expect(slaElapsedMs(start, due, cal)).toBe(hours * H);
    }
    expect(slaElapsedMs(sh("2026-06-20T00:00:00"), sh("2026-06-21T23:00:00"), cal)).toBe(0);
    expect(slaElapsedMs(sh("2026-06-16T00:00:00"), sh("2026-06-15T00:00:00"), cal)).toBe(0);
  });
});

describe("clock states", () => {
  const start = sh("2026-06-15T00:00:00");
  const due = new Date(start.getTime() + 48 * H);
  const at = (hours: number) => new Date(start.getTime() + hours * H);
  const state = (hours: number, extra: Partial<Parameters<typeof clockState>[0]> = {}) =>
    clockState({
      startAt: start,
      dueAt: due,
      doneAt: null,
      now: at(hours),
      atRiskShare: 0.25,
      cal: wallClock,
      ...extra,
    });

  it("is ok with 25 % or more left, at risk below 25 %", () => {
    expect(state(0).state).toBe("ok");
    expect(state(36).state).toBe("ok"); // exactly 25 % left
    expect(state(36.01).state).toBe("atRisk");
    expect(state(48).state).toBe("atRisk"); // at the deadline: 0 left, not yet late
  });

  it("is breached after the deadline, with negative time left", () => {
    const s = state(48.5);
    expect(s.state).toBe("breached");
    expect(s.remainingMs).toBe(-0.5 * H);
    expect(s.remainingShare).toBe(0);
  });

  it("stops when done: on time at the deadline, late after it, and a breach mark stays", () => {
    expect(state(60, { doneAt: at(48) }).state).toBe("met");
    expect(state(60, { doneAt: at(48.01) }).state).toBe("metLate");
    expect(state(60, { doneAt: at(10), breachedMark: true }).state).toBe("metLate");
    expect(state(10, { breachedMark: true }).state).toBe("breached");
  });

  it("counts time left in business hours when the calendar says so", () => {
    const cal = business();
    const s0 = sh("2026-06-15T09:00:00");
    const d = addSlaHours(s0, 48, cal);
    const s = clockState({
      startAt: s0,
      dueAt: d,
      doneAt: null,
      now: sh("2026-06-20T12:00:00"),
      atRiskShare: 0.25,
      cal,
    });
    // Mon–Fri fully worked (45 h) → 3 h left of 48 (6 %), at risk.
    expect(s.remainingMs).toBe(3 * H);
    expect(s.state).toBe("atRisk");
  });

  it("summarises a complaint: breached wins, breaches stay marked after closing", () => {
    const c = {
      receivedAt: start,
      responseDueAt: due,
      resolutionDueAt: at(72),
      firstResponseAt: at(50),
      resolvedAt: at(60),
      responseBreached: true,
      resolutionBreached: false,
    };
    const clocks = complaintClocks(c, at(100), 0.25, wallClock);
    expect(clocks.response.state).toBe("metLate");
    expect(clocks.resolution.state).toBe("met");
    expect(clocks.overall).toBe("breached");
    expect(
      complaintClocks({ ...c, firstResponseAt: at(1), responseBreached: false }, at(100), 0.25, wallClock).overall,
    ).toBe("met");
    expect(
      complaintClocks(
        { ...c, firstResponseAt: at(1), resolvedAt: null, responseBreached: false },
        at(60),
        0.25,
        wallClock,
      ).overall,
    ).toBe("atRisk");
  });
});
