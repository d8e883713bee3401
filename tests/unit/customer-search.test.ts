import { describe, expect, it } from "vitest";
import { classifySearchInput, planForViewer, type SearchPlan } from "@/lib/domain/customer-search";

const plan = (q: string) => classifySearchInput(q) as Exclude<SearchPlan, { kind: "tooShort" }>;
const fields = (probes: { field: string; mode: string }[]) => probes.map((p) => `${p.field}:${p.mode}`);

describe("classifySearchInput", () => {
  it("takes a complete mobile to the btree (exact) and falls back to an ID fragment", () => {
    const p = plan("13812345678");
    expect(p.kind).toBe("mobile");
    expect(p.exact).toEqual([{ field: "mobile", mode: "exact", value: "13812345678" }]);
    expect(fields(p.partial)).toEqual(["idNumber:contains"]);
  });

  it("ignores spaces and dashes typed inside a number", () => {
    expect(plan("138 1234-5678").exact[0]?.value).toBe("13812345678");
  });

  it("reads 18 characters ending in a digit or X as a complete ID number, lower-case x too", () => {
    expect(plan("110105194912310021").exact).toEqual([
      { field: "idNumber", mode: "exact", value: "110105194912310021" },
    ]);
    const x = plan("11010519491231002x");
    expect(x.kind).toBe("idNumber");
    expect(x.exact[0]?.value).toBe("11010519491231002X");
  });

  it("searches a digit fragment of four or more in mobiles and ID numbers", () => {
    const p = plan("5678");
    expect(p.kind).toBe("digits");
    expect(p.exact).toEqual([]);
    expect(fields(p.partial)).toEqual(["mobile:contains", "idNumber:contains"]);
  });

  it("finds an ID fragment that ends in X", () => {
    expect(fields(plan("1231002X").partial)).toEqual(["idNumber:contains"]);
  });

  it("refuses fragments too short to be selective", () => {
    expect(classifySearchInput("123").kind).toBe("tooShort");
    expect(classifySearchInput("张").kind).toBe("tooShort");
    expect(classifySearchInput("  ").kind).toBe("tooShort");
    expect(classifySearchInput("P1").kind).toBe("tooShort");
  });

  it("recognises an 8-character new-energy plate and an ordinary plate, in any case and with separators", () => {
    const ne = plan("京ND23183");
    expect(ne.kind).toBe("plate");
    expect(ne.exact).toEqual([{ field: "vehiclePlate", mode: "exact", value: "京ND23183" }]);
    expect(plan("京a·12345").exact[0]?.value).toBe("京A12345");
    expect(plan("粤B 12345D").exact[0]).toEqual({ field: "vehiclePlate", mode: "exact", value: "粤B12345D" });
  });

  it("matches a partial plate from its start", () => {
    const p = plan("京ND2");
    expect(p.kind).toBe("plate");
    expect(p.exact).toEqual([]);
    expect(p.partial).toEqual([{ field: "vehiclePlate", mode: "prefix", value: "京ND2" }]);
  });

  it("does not mistake a name beginning with a province character for a plate", () => {
    expect(plan("苏明").kind).toBe("name");
    expect(plan("云海峰").kind).toBe("name");
  });

  it("treats letters followed by digits as a policy or customer number, exact when long enough", () => {
    const p = plan("pda202511000000001");
    expect(p.kind).toBe("policyNo");
    expect(fields(p.exact)).toEqual(["policyNo:exact", "customerNo:exact"]);
    expect(p.exact[0]?.value).toBe("PDA202511000000001");
    expect(fields(p.partial)).toEqual(["policyNo:contains"]);
  });

  it("also tries a plate without its province for a short code", () => {
    const p = plan("ND23183");
    expect(p.exact).toEqual([]);
    expect(fields(p.partial)).toEqual(["policyNo:contains", "vehiclePlate:contains"]);
  });

  it("matches a name exactly first, then a two-character name from its start and a longer one anywhere", () => {
    expect(plan("张伟").partial).toEqual([
      { field: "name", mode: "exact", value: "张伟" },
      { field: "name", mode: "prefix", value: "张伟" },
    ]);
    expect(fields(plan("王建国").partial)).toEqual(["name:exact", "name:contains"]);
    expect(plan("  北京 金山  科技 ").partial[0]?.value).toBe("北京 金山 科技");
  });

  it("strips LIKE wildcards so input cannot widen the match", () => {
    expect(plan("张%伟").partial[1]?.value).toBe("张伟");
    expect(classifySearchInput("%%").kind).toBe("tooShort");
    expect(plan("13_8\\1234").partial[0]?.value).toBe("1381234");
  });

  it("normalises full-width characters typed with a Chinese input method", () => {
    expect(plan("１３８１２３４５６７８").exact[0]).toEqual({ field: "mobile", mode: "exact", value: "13812345678" });
  });

  it("caps the input length", () => {
    expect(plan("张".repeat(80)).partial[0]?.value).toHaveLength(50);
  });
});

describe("planForViewer", () => {
  it("keeps every probe for a viewer who may reveal", () => {
    const plan = classifySearchInput("5678");
    expect(planForViewer(plan, true)).toEqual(plan);
  });

  it("drops mobile and ID fragments for a viewer who may not reveal", () => {
    expect(planForViewer(classifySearchInput("13812345"), false)).toEqual({ kind: "tooShort" });
    expect(planForViewer(classifySearchInput("110101199003"), false)).toEqual({ kind: "tooShort" });
  });

  it("still finds complete identifiers, names and plates for that viewer", () => {
    const mobile = planForViewer(classifySearchInput("13812345678"), false);
    expect(mobile.kind).toBe("mobile");
    if (mobile.kind !== "tooShort") {
      expect(mobile.exact).toEqual([{ field: "mobile", mode: "exact", value: "13812345678" }]);
      expect(mobile.partial).toEqual([]);
    }
    expect(planForViewer(classifySearchInput("王芳"), false)).toEqual(classifySearchInput("王芳"));
    expect(planForViewer(classifySearchInput("京A1"), false)).toEqual(classifySearchInput("京A1"));
  });
});
