import { describe, expect, it } from "vitest";
import {
  ageOn,
  birthdayInRange,
  birthdayKeys,
  greetingMethod,
  holidayDate,
  resolveRange,
  upcomingHoliday,
  validRange,
} from "@/lib/domain/care-dates";

describe("resolveRange", () => {
  it("runs this week from Monday to Sunday", () => {
    expect(resolveRange("week", "2026-12-02")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    expect(resolveRange("week", "2026-12-06")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    expect(resolveRange("week", "2026-12-31")).toEqual({ from: "2026-12-28", to: "2027-01-03" });
  });
  it("knows months and the next 30 days", () => {
    expect(resolveRange("month", "2028-02-10")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(resolveRange("next30", "2026-12-20")).toEqual({ from: "2026-12-20", to: "2027-01-18" });
    expect(resolveRange("today", "2026-12-20")).toEqual({ from: "2026-12-20", to: "2026-12-20" });
  });
  it("accepts forward ranges up to 92 days", () => {
    expect(validRange({ from: "2026-01-01", to: "2026-04-02" })).toBe(true);
    expect(validRange({ from: "2026-01-01", to: "2026-04-03" })).toBe(false);
    expect(validRange({ from: "2026-01-02", to: "2026-01-01" })).toBe(false);
  });
});

describe("birthdays in a range", () => {
  it("wraps over the year end in calendar order", () => {
    expect(birthdayKeys({ from: "2026-12-30", to: "2027-01-02" })).toEqual([1230, 1231, 101, 102]);
    expect(birthdayInRange("1980-01-01", { from: "2026-12-30", to: "2027-01-02" })).toBe("2027-01-01");
    expect(birthdayInRange("1980-12-31", { from: "2026-12-30", to: "2027-01-02" })).toBe("2026-12-31");
    expect(birthdayInRange("1980-12-29", { from: "2026-12-30", to: "2027-01-02" })).toBeNull();
  });
  it("celebrates 29 February on 28 February in a common year", () => {
    expect(birthdayKeys({ from: "2027-02-27", to: "2027-03-01" })).toEqual([227, 228, 229, 301]);
    expect(birthdayInRange("1996-02-29", { from: "2027-02-28", to: "2027-02-28" })).toBe("2027-02-28");
    expect(birthdayInRange("1996-02-29", { from: "2027-03-01", to: "2027-03-05" })).toBeNull();
  });
  it("keeps 29 February in a leap year", () => {
    expect(birthdayKeys({ from: "2028-02-28", to: "2028-03-01" })).toEqual([228, 229, 301]);
    expect(birthdayInRange("1996-02-29", { from: "2028-02-28", to: "2028-02-28" })).toBeNull();
    expect(birthdayInRange("1996-02-29", { from: "2028-02-29", to: "2028-03-01" })).toBe("2028-02-29");
  });
  it("tells the age reached", () => {
    expect(ageOn("1980-01-01", "2027-01-01")).toBe(47);
  });
});

describe("holidays", () => {
  it("has fixed and lunar dates per year", () => {
    expect(holidayDate("NATIONAL_DAY", 2026)).toBe("2026-10-01");
    expect(holidayDate("SPRING_FESTIVAL", 2027)).toBe("2027-02-06");
    expect(holidayDate("MID_AUTUMN", 2026)).toBe("2026-09-25");
    expect(holidayDate("SPRING_FESTIVAL", 2040)).toBeNull();
  });
  it("finds the next holiday, looking into next year", () => {
    expect(upcomingHoliday("2026-12-02")).toEqual({ holiday: "NEW_YEAR", date: "2027-01-01" });
    expect(upcomingHoliday("2026-10-01")).toEqual({ holiday: "NATIONAL_DAY", date: "2026-10-01" });
    expect(upcomingHoliday("2026-01-02")).toEqual({ holiday: "SPRING_FESTIVAL", date: "2026-02-17" });
  });
  it("greets VIP customers on site and the others by phone", () => {
    expect(greetingMethod("GOLD")).toBe("ON_SITE");
    expect(greetingMethod("NONE")).toBe("PHONE");
  });
});
