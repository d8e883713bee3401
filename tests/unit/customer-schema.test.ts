import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idNumberCheckChar } from "@/lib/domain/identity";
import {
  customerCreateInput,
  customerFormValues,
  customerSchema,
  customerUpdateInput,
  idNumberError,
} from "@/lib/validation/customer";

// 11010519491231002X: the GB 11643 example (born 1949-12-31, female: 17th digit 2 is even).
const FEMALE_ID = "11010519491231002X";
const male17 = "11010819900307123";
const MALE_ID = male17 + idNumberCheckChar(male17); // born 1990-03-07, 17th digit 3 is odd

const fields = [
  { id: "f-hobby", key: "hobby", type: "SELECT" as const, options: ["高尔夫", "旅游"] },
  { id: "f-cars", key: "cars", type: "NUMBER" as const, options: [] },
  { id: "f-owner", key: "hasCar", type: "BOOLEAN" as const, options: [] },
];
const schema = customerSchema({ fields, tagIds: new Set(["t1", "t2"]) });

function errorsOf(input: Record<string, unknown>) {
  const r = schema.safeParse({ kind: "INDIVIDUAL", name: "王芳", ...input });
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
}
function parse(input: Record<string, unknown>) {
  return schema.parse({ kind: "INDIVIDUAL", name: "王芳", ...input });
}

describe("customer schema: 身份证号", () => {
  it("accepts a checksum-valid ID and a lower-case x", () => {
    expect(errorsOf({ idNumber: FEMALE_ID })).toEqual({});
    expect(parse({ idNumber: "11010519491231002x" }).idNumber).toBe(FEMALE_ID);
  });

  it("rejects a wrong check character with the checksum message", () => {
    expect(errorsOf({ idNumber: "110105194912310021" }).idNumber).toEqual(["idNumber.checksum"]);
  });

  it("rejects 17 or 19 digits and letters with the format message", () => {
    expect(errorsOf({ idNumber: "11010519491231002" }).idNumber).toEqual(["idNumber.format"]);
    expect(errorsOf({ idNumber: "1101051949123100211" }).idNumber).toEqual(["idNumber.format"]);
    expect(errorsOf({ idNumber: "A1010519491231002X" }).idNumber).toEqual(["idNumber.format"]);
  });

  it("rejects an impossible birth date inside a checksum-valid ID", () => {
    const feb30 = "11010519900230001";
    expect(idNumberError(feb30 + idNumberCheckChar(feb30))).toBe("idNumber.birthDate");
  });

  it("treats a blank ID as none", () => {
    expect(parse({ idNumber: "  " }).idNumber).toBeNull();
  });
});

describe("customer schema: birth date and gender agree with the ID", () => {
  it("reports a different birth date on the birth date field", () => {
    expect(errorsOf({ idNumber: MALE_ID, birthDate: "1990-03-08" })).toEqual({ birthDate: ["birthDate.mismatch"] });
  });

  it("reports a different gender on the gender field", () => {
    expect(errorsOf({ idNumber: MALE_ID, gender: "FEMALE" })).toEqual({ gender: ["gender.mismatch"] });
    expect(errorsOf({ idNumber: FEMALE_ID, gender: "MALE", birthDate: "1949-12-31" })).toEqual({
      gender: ["gender.mismatch"],
    });
  });

  it("accepts matching values and fills blank ones from the ID", () => {
    expect(errorsOf({ idNumber: MALE_ID, birthDate: "1990-03-07", gender: "MALE" })).toEqual({});
    const filled = parse({ idNumber: MALE_ID, birthDate: "", gender: "" });
    expect(filled.birthDate).toBe("1990-03-07");
    expect(filled.gender).toBe("MALE");
  });

  it("checks against the stored ID when the ID is kept (not submitted)", () => {
    const onEdit = customerSchema({ fields: [], storedIdNumber: MALE_ID });
    const r = onEdit.safeParse({ kind: "INDIVIDUAL", name: "王芳", birthDate: "1991-01-01" });
    expect(r.success ? {} : z.flattenError(r.error).fieldErrors).toEqual({ birthDate: ["birthDate.mismatch"] });
  });

  it("rejects an invalid or future birth date", () => {
    expect(errorsOf({ birthDate: "1990-02-30" }).birthDate).toEqual(["birthDate.invalid"]);
    expect(errorsOf({ birthDate: "2999-01-01" }).birthDate).toEqual(["birthDate.future"]);
  });
});

describe("customer schema: contact fields", () => {
  it("accepts an 11-digit mobile with spaces or dashes and stores bare digits", () => {
    expect(parse({ mobile: "138 1234 5678" }).mobile).toBe("13812345678");
    expect(parse({ mobile: "+86 138-1234-5678" }).mobile).toBe("13812345678");
  });

  it("rejects mobiles that are not 11 digits starting 13–19", () => {
    expect(errorsOf({ mobile: "1381234567" }).mobile).toEqual(["mobile.invalid"]);
    expect(errorsOf({ mobile: "138123456789" }).mobile).toEqual(["mobile.invalid"]);
    expect(errorsOf({ mobile: "12812345678" }).mobile).toEqual(["mobile.invalid"]);
  });

  it("validates e-mail addresses", () => {
    expect(errorsOf({ email: "wang.fang@example.com.cn" })).toEqual({});
    expect(errorsOf({ email: "wang.fang@" }).email).toEqual(["email.invalid"]);
    expect(errorsOf({ email: "no at sign" }).email).toEqual(["email.invalid"]);
  });

  it("accepts landlines with area code and extension, rejects words", () => {
    expect(errorsOf({ workPhone: "010-62345678", homePhone: "0311-8765432", fax: "010-62345678-123" })).toEqual({});
    expect(errorsOf({ workPhone: "call me" }).workPhone).toEqual(["phone.invalid"]);
  });
});

describe("customer schema: required fields, tags and classification fields", () => {
  it("requires a name and a known kind", () => {
    expect(errorsOf({ name: "  " }).name).toEqual(["required"]);
    expect(schema.safeParse({ kind: "ALIEN", name: "x" }).success).toBe(false);
  });

  it("keeps an absent field undefined (unchanged on edit) and clears a blank one", () => {
    const v = parse({ nativePlace: "" });
    expect(v.nativePlace).toBeNull();
    expect(v.education).toBeUndefined();
  });

  it("validates classification values against the field's type and options", () => {
    expect(errorsOf({ fieldValues: { "f-hobby": "滑雪" } })).toEqual({ "cf.f-hobby": ["field.option"] });
    expect(errorsOf({ fieldValues: { "f-cars": "two" } })).toEqual({ "cf.f-cars": ["field.number"] });
    expect(errorsOf({ fieldValues: { unknown: "x" } })).toEqual({ "cf.unknown": ["field.option"] });
    expect(parse({ fieldValues: { "f-hobby": "旅游", "f-cars": "02", "f-owner": "" } }).fieldValues).toEqual({
      "f-hobby": "旅游",
      "f-cars": "2",
      "f-owner": null,
    });
  });

  it("rejects unknown tags and drops repeated ones", () => {
    expect(errorsOf({ tags: ["t1", "nope"] }).tags).toEqual(["invalidOption"]);
    expect(parse({ tags: ["t1", "t1", "t2"] }).tags).toEqual(["t1", "t2"]);
  });

  it("reads tags, classification values and only the inputs present from FormData", () => {
    const form = new FormData();
    form.set("kind", "INDIVIDUAL");
    form.set("name", "王芳");
    form.append("tags", "t1");
    form.append("tags", "t2");
    form.set("cf.f-hobby", "旅游");
    const values = customerFormValues(form);
    expect(values).toMatchObject({
      kind: "INDIVIDUAL",
      name: "王芳",
      tags: ["t1", "t2"],
      fieldValues: { "f-hobby": "旅游" },
    });
    expect("idNumber" in values).toBe(false);
  });
});

describe("customer actions' input: validated before lib/data, and again there", () => {
  const form = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return customerFormValues(f);
  };

  it("checks the profile with the same rules, field errors keyed by the form's names", () => {
    const r = customerCreateInput.safeParse(
      form([
        ["kind", "INDIVIDUAL"],
        ["name", "王芳"],
        ["idNumber", "110105194912310021"],
        ["orgUnitId", "not-a-unit"],
      ]),
    );
    expect(r.success ? {} : z.flattenError(r.error).fieldErrors).toEqual({
      idNumber: ["idNumber.checksum"],
      orgUnitId: ["invalidOption"],
    });
  });

  it("leaves classification values and tags to lib/data, which knows their definitions", () => {
    const parsed = customerCreateInput.parse(
      form([
        ["kind", "INDIVIDUAL"],
        ["name", "王芳"],
        ["tags", "nope"],
        ["cf.f-cars", "02"],
        ["confirmDuplicate", "1"],
      ]),
    );
    expect(parsed).toMatchObject({ tags: ["nope"], fieldValues: { "f-cars": "02" }, confirmDuplicate: true });
    expect(parsed.orgUnitId).toBeUndefined();
    const { orgUnitId: _o, confirmDuplicate: _c, ...customer } = parsed;
    const again = schema.safeParse(customer);
    expect(again.success ? {} : z.flattenError(again.error).fieldErrors).toEqual({ tags: ["invalidOption"] });
  });

  it("gives lib/data what it accepts: parsing the action's output again changes nothing", () => {
    const raw = form([
      ["kind", "INDIVIDUAL"],
      ["name", " 王芳 "],
      ["idNumber", "11010519491231002x"],
      ["birthDate", ""],
      ["gender", ""],
      ["mobile", "138 1234 5678"],
      ["email", ""],
      ["nativePlace", "北京"],
      ["tags", "t1"],
      ["tags", "t1"],
      ["cf.f-hobby", "旅游"],
      ["cf.f-cars", "02"],
      ["cf.f-owner", ""],
      ["id", "7d7b3d0e-5a43-4d55-9a3f-4d3c1b8f1e2a"],
      ["version", "3"],
    ]);
    const { id, version, confirmDuplicate, ...customer } = customerUpdateInput.parse(raw);
    expect({ id, version, confirmDuplicate }).toEqual({
      id: "7d7b3d0e-5a43-4d55-9a3f-4d3c1b8f1e2a",
      version: 3,
      confirmDuplicate: false,
    });
    const once = schema.parse(raw);
    const twice = schema.parse(customer);
    expect(twice).toEqual(once);
    expect(schema.parse(twice)).toEqual(once);
    expect(once).toMatchObject({
      name: "王芳",
      idNumber: FEMALE_ID,
      birthDate: "1949-12-31",
      gender: "FEMALE",
      mobile: "13812345678",
      email: null,
      tags: ["t1"],
      fieldValues: { "f-hobby": "旅游", "f-cars": "2", "f-owner": null },
    });
  });

  it("requires the record and its version on edit", () => {
    const r = customerUpdateInput.safeParse(
      form([
        ["kind", "INDIVIDUAL"],
        ["name", "王芳"],
      ]),
    );
    expect(r.success ? {} : Object.keys(z.flattenError(r.error).fieldErrors).sort()).toEqual(["id", "version"]);
  });
});
