import { describe, expect, it } from "vitest";
import { classifySearchInput } from "@/lib/domain/customer-search";
import { ageInYears, birthView, maskNativePlace } from "@/lib/domain/masked-identity";
import { identifierLookup, isFragmentSearch, secondsLeft, windowStart } from "@/lib/domain/search-limits";

describe("the facts inside a masked ID number", () => {
  it("counts completed years, a year more from the birthday on", () => {
    expect(ageInYears("1990-03-07", "2026-03-06")).toBe(35);
    expect(ageInYears("1990-03-07", "2026-03-07")).toBe(36);
    expect(ageInYears("1990-12-31", "2026-01-01")).toBe(35);
  });

  it("makes someone born on 29 February a year older on 28 February of a common year", () => {
    expect(ageInYears("2000-02-29", "2027-02-27")).toBe(26);
    expect(ageInYears("2000-02-29", "2027-02-28")).toBe(27);
    expect(ageInYears("2000-02-29", "2028-02-28")).toBe(27);
    expect(ageInYears("2000-02-29", "2028-02-29")).toBe(28);
  });

  it("keeps only the province of a native place", () => {
    expect(maskNativePlace("河北省保定市")).toBe("河北省***");
    expect(maskNativePlace("北京市朝阳区")).toBe("北京市***");
    expect(maskNativePlace("内蒙古自治区呼和浩特市")).toBe("内蒙古自治区***");
    expect(maskNativePlace("广西壮族自治区南宁市")).toBe("广西壮族自治区***");
    expect(maskNativePlace("保定")).toBe("***");
  });

  it("shows the birth date only to a viewer who may reveal, else the age", () => {
    expect(birthView("1949-12-31", "2026-12-30", true)).toEqual({ birthDate: "1949-12-31", age: 76 });
    expect(birthView("1949-12-31", "2026-12-30", false)).toEqual({ birthDate: null, age: 76 });
    expect(birthView(null, "2026-12-30", false)).toEqual({ birthDate: null, age: null });
  });
});

describe("search windows", () => {
  it("aligns windows to the epoch and says how long the current one lasts", () => {
    const now = new Date("2026-03-01T08:07:30Z");
    expect(windowStart(now, 900).toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(secondsLeft(now, 900)).toBe(450);
    expect(secondsLeft(new Date("2026-03-01T08:14:59.999Z"), 900)).toBe(1);
  });

  it("recognises a complete mobile or ID number, not fragments or names", () => {
    expect(identifierLookup(classifySearchInput("13812345678"))).toMatchObject({ field: "mobile" });
    expect(identifierLookup(classifySearchInput("11010519491231002x"))).toMatchObject({
      field: "idNumber",
      value: "11010519491231002X",
    });
    expect(identifierLookup(classifySearchInput("1381234"))).toBeNull();
    expect(identifierLookup(classifySearchInput("王芳"))).toBeNull();
    expect(identifierLookup(classifySearchInput("京A12345"))).toBeNull();
  });

  it("counts digit fragments (of mobiles and ID numbers) as fragment searches, names and plates not", () => {
    expect(isFragmentSearch(classifySearchInput("5678"))).toBe(true);
    expect(isFragmentSearch(classifySearchInput("110105199"))).toBe(true);
    expect(isFragmentSearch(classifySearchInput("13812345678"))).toBe(true);
    expect(isFragmentSearch(classifySearchInput("11010519491231002X"))).toBe(false);
    expect(isFragmentSearch(classifySearchInput("王芳"))).toBe(false);
    expect(isFragmentSearch(classifySearchInput("京A12345"))).toBe(false);
    expect(isFragmentSearch(classifySearchInput("12"))).toBe(false);
  });
});
