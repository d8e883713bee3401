import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  canonicalFilters,
  filtersToSearchParams,
  parseCustomerFilters,
  readCustomerFilters,
  sortOf,
} from "@/lib/validation/customer-filters";

const TAG_A = "6f1c1b53-6a43-4a5e-9d1f-3c2b0f7a9e01";
const TAG_B = "0b6c8e4e-2f0a-4c1e-8b55-7e2d9a1c3f02";

describe("customer filter schema", () => {
  it("reads an empty URL as no filters, first page, default sort", () => {
    const { filters, invalid } = readCustomerFilters({});
    expect(invalid).toEqual([]);
    expect(filters.kind).toEqual([]);
    expect(filters.tag).toEqual([]);
    expect(filters.fields).toEqual({});
    expect(filters.page).toBeUndefined();
    expect(sortOf(filters)).toEqual({ key: "customerNo", dir: "asc" });
    expect(activeFilterCount(filters)).toBe(0);
  });

  it("reads single and repeated values from URLSearchParams and Next's searchParams alike", () => {
    const url = new URLSearchParams(
      "vip=GOLD&vip=PLATINUM&activity=DORMANT&channel=BANCASSURANCE&tag=" + TAG_A + "&tag=" + TAG_B,
    );
    const fromUrl = parseCustomerFilters(url);
    const fromNext = parseCustomerFilters({
      vip: ["GOLD", "PLATINUM"],
      activity: "DORMANT",
      channel: "BANCASSURANCE",
      tag: [TAG_A, TAG_B],
    });
    expect(fromUrl.success && fromNext.success).toBe(true);
    expect(fromUrl.data).toEqual(fromNext.data);
    expect(fromUrl.data?.vip).toEqual(["GOLD", "PLATINUM"]);
    expect(fromUrl.data?.activity).toEqual(["DORMANT"]);
    expect(fromUrl.data?.tag).toEqual([TAG_A, TAG_B]);
  });

  it("treats blank form fields as 'any'", () => {
    const r = parseCustomerFilters(new URLSearchParams("q=&kind=&insured=&vip=&orgUnit=&sort=&page="));
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      q: undefined,
      kind: [],
      insured: undefined,
      vip: [],
      orgUnit: undefined,
      page: undefined,
    });
  });

  it("accepts every classification filter", () => {
    const r = parseCustomerFilters({
      kind: "CORPORATE",
      insured: "no",
      orphan: "yes",
      contactable: "no",
      touchpoint: ["CLAIM", "LAPSED"],
      lifecycle: "LOYAL",
      tenure: "long",
      satLoyalty: "LOW_SAT_HIGH_LOYALTY",
      abilityWill: "PAMPER",
      q: "  张伟 ",
      size: "50",
      page: "3",
      sort: "premium",
    });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({
      kind: ["CORPORATE"],
      insured: "no",
      orphan: "yes",
      contactable: "no",
      touchpoint: ["CLAIM", "LAPSED"],
      lifecycle: ["LOYAL"],
      tenure: "long",
      satLoyalty: ["LOW_SAT_HIGH_LOYALTY"],
      abilityWill: ["PAMPER"],
      q: "张伟",
      size: 50,
      page: 3,
    });
    expect(sortOf(r.data!)).toEqual({ key: "premium", dir: "desc" });
  });

  it("gathers custom classification fields from field.<key> parameters", () => {
    const r = parseCustomerFilters(new URLSearchParams("field.hobby=高尔夫&field.hasCar=true"));
    expect(r.data?.fields).toEqual({ hobby: "高尔夫", hasCar: "true" });
  });

  it("rejects unknown enum values, malformed ids, odd page sizes and bad field keys", () => {
    for (const bad of [
      "vip=BRONZE",
      "tag=not-a-uuid",
      "size=30",
      "page=0",
      "insured=maybe",
      "sort=mobile",
      "field.bad-key=x",
      "agent=1",
    ]) {
      expect(parseCustomerFilters(new URLSearchParams(bad)).success, bad).toBe(false);
    }
  });

  it("drops only the invalid parameters when reading leniently, and names them", () => {
    const { filters, invalid } = readCustomerFilters(
      new URLSearchParams("vip=GOLD&activity=SLEEPY&field.bad-key=1&field.hobby=读书"),
    );
    expect(invalid.sort()).toEqual(["activity", "field.bad-key"]);
    expect(filters.vip).toEqual(["GOLD"]);
    expect(filters.activity).toEqual([]);
    expect(filters.fields).toEqual({ hobby: "读书" });
  });

  it("writes the filters back as the same URL (round trip), defaults left out", () => {
    const url = new URLSearchParams(`q=京ND2&vip=GOLD&vip=DIAMOND&tag=${TAG_A}&field.hobby=读书&sort=name&page=2`);
    const parsed = parseCustomerFilters(url).data!;
    const back = filtersToSearchParams(canonicalFilters(parsed));
    expect(parseCustomerFilters(back).data).toEqual(parseCustomerFilters(url).data);
    expect(back.get("dir")).toBeNull(); // asc is the default for name
    expect(
      filtersToSearchParams(
        canonicalFilters(parseCustomerFilters(new URLSearchParams("sort=customerNo&dir=asc&size=25&page=1")).data!),
      ).toString(),
    ).toBe("");
    expect(activeFilterCount(parsed)).toBe(5);
  });
});
