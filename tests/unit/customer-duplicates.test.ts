import { describe, expect, it } from "vitest";
import {
  matchedFields,
  normalizeIdNumber,
  normalizeMobile,
  presentDuplicates,
  suggestMergeDirection,
} from "@/lib/domain/duplicates";
import { fieldsToFill, isContactable, isHighIncomeOccupation, newCustomerNo } from "@/lib/domain/customer-profile";
import { parseFieldValue, parseOptions } from "@/lib/domain/custom-fields";

const existing = (id: string, idNumber: string | null, mobile: string | null) => ({
  id,
  customerNo: `KH${id}`,
  name: `客户${id}`,
  idNumber,
  mobile,
});

describe("duplicate detection", () => {
  it("normalizes identifiers before comparing", () => {
    expect(normalizeIdNumber(" 11010519491231002x ")).toBe("11010519491231002X");
    expect(normalizeMobile("+86 138-1234 5678")).toBe("13812345678");
  });

  it("reports which identifiers match", () => {
    const probe = { idNumber: "11010519491231002x", mobile: "13812345678" };
    expect(matchedFields(probe, { idNumber: "11010519491231002X", mobile: "13912345678" })).toEqual(["idNumber"]);
    expect(matchedFields(probe, { idNumber: null, mobile: "138 1234 5678" })).toEqual(["mobile"]);
    expect(matchedFields(probe, { idNumber: "11010519491231002X", mobile: "13812345678" })).toEqual([
      "idNumber",
      "mobile",
    ]);
    expect(matchedFields({ idNumber: null, mobile: null }, { idNumber: null, mobile: null })).toEqual([]);
  });

  it("links records the actor may see and hides the data of the others, visible first", () => {
    const probe = { idNumber: "11010519491231002X", mobile: "13812345678" };
    const views = presentDuplicates(
      probe,
      [
        existing("a", "11010519491231002X", null),
        existing("b", null, "13812345678"),
        existing("c", null, "13900000000"),
      ],
      new Set(["b"]),
    );
    expect(views).toEqual([
      { visible: true, id: "b", customerNo: "KHb", name: "客户b", matchedOn: ["mobile"] },
      { visible: false, matchedOn: ["idNumber"] },
    ]);
    expect(JSON.stringify(views[1])).not.toContain("客户a");
  });

  it("keeps the insured record, then the one with more policies, then the older one", () => {
    const base = { createdAt: new Date("2020-01-01"), policyCount: 1, isInsured: true };
    const insured = { ...base, id: "insured" };
    const prospect = { ...base, id: "prospect", isInsured: false, policyCount: 0 };
    expect(suggestMergeDirection(prospect, insured)).toEqual({ source: prospect, target: insured });
    const more = { ...base, id: "more", policyCount: 3 };
    expect(suggestMergeDirection(insured, more).target.id).toBe("more");
    const newer = { ...base, id: "newer", createdAt: new Date("2024-01-01") };
    expect(suggestMergeDirection(newer, insured)).toEqual({ source: newer, target: insured });
  });
});

describe("merge fills and profile rules", () => {
  it("fills only the target's empty fields from the source", () => {
    expect(
      fieldsToFill(
        { mobile: "13812345678", email: null, homeAddress: " ", nativePlace: "北京" },
        { mobile: "13900000000", email: "a@b.cn", homeAddress: "海淀区", nativePlace: "上海", education: null },
      ),
    ).toEqual(["email", "homeAddress"]);
  });

  it("treats persons without phone or e-mail as not contactable, organisations as contactable", () => {
    expect(isContactable({ kind: "INDIVIDUAL", mobile: null, homePhone: null, email: null })).toBe(false);
    expect(isContactable({ kind: "INDIVIDUAL", mobile: "13812345678", homePhone: null, email: null })).toBe(true);
    expect(isContactable({ kind: "GROUP", mobile: null, homePhone: null, email: null })).toBe(true);
  });

  it("recognizes high-income occupation types", () => {
    expect(isHighIncomeOccupation("金融从业人员（1类）")).toBe(true);
    expect(isHighIncomeOccupation("教师（1类）")).toBe(false);
    expect(isHighIncomeOccupation(null)).toBe(false);
  });

  it("numbers new customers KH + yyMMdd + five digits", () => {
    expect(newCustomerNo("2026-11-23", () => 0.0421)).toBe("KH26112304210");
    expect(newCustomerNo("2026-01-05", () => 0.99999)).toMatch(/^KH260105\d{5}$/);
  });
});

describe("classification field values", () => {
  it("normalizes and checks each type", () => {
    expect(parseFieldValue({ type: "NUMBER", options: [] }, " 007.50 ")).toEqual({ ok: true, value: "7.5" });
    expect(parseFieldValue({ type: "NUMBER", options: [] }, "1e3")).toEqual({ ok: false, error: "number" });
    expect(parseFieldValue({ type: "BOOLEAN", options: [] }, "yes")).toEqual({ ok: false, error: "boolean" });
    expect(parseFieldValue({ type: "DATE", options: [] }, "2026-02-29")).toEqual({ ok: false, error: "date" });
    expect(parseFieldValue({ type: "DATE", options: [] }, "2028-02-29")).toEqual({ ok: true, value: "2028-02-29" });
    expect(parseFieldValue({ type: "SELECT", options: ["A"] }, "B")).toEqual({ ok: false, error: "option" });
    expect(parseFieldValue({ type: "TEXT", options: [] }, "x".repeat(201))).toEqual({ ok: false, error: "tooLong" });
    expect(parseFieldValue({ type: "TEXT", options: [] }, "  ")).toEqual({ ok: true, value: null });
  });

  it("splits SELECT options on newlines and Chinese or Latin commas, dropping repeats", () => {
    expect(parseOptions("高尔夫，旅游\n摄影, 旅游、读书\n\n")).toEqual(["高尔夫", "旅游", "摄影", "读书"]);
  });
});
