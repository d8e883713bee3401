import { describe, expect, it } from "vitest";
import {
  idNumberCheckChar,
  isValidIdNumber,
  isValidMobile,
  isValidPlate,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
} from "@/lib/domain/identity";

describe("resident ID number (GB 11643)", () => {
  // Published example from the standard: 11010519491231002X.
  it("accepts a checksum-valid ID, including X as check character", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
  });

  it("rejects a wrong check character", () => {
    expect(isValidIdNumber("110105194912310021")).toBe(false);
  });

  it("rejects wrong length, letters and impossible dates", () => {
    expect(isValidIdNumber("11010519491231002")).toBe(false);
    expect(isValidIdNumber("1101051949123100211")).toBe(false);
    expect(isValidIdNumber("A1010519491231002X")).toBe(false);
    const feb30 = "11010519900230001";
    expect(isValidIdNumber(feb30 + idNumberCheckChar(feb30))).toBe(false);
  });

  it("derives birth date and gender from the number", () => {
    expect(parseIdNumber("11010519491231002X")).toEqual({
      birthDate: "1949-12-31",
      gender: "FEMALE",
      regionCode: "110105",
    });
    const male = "44030119850615003";
    expect(parseIdNumber(male + idNumberCheckChar(male))?.gender).toBe("MALE");
  });
});

describe("mobile numbers", () => {
  it("accepts 11 digits starting 13–19", () => {
    expect(isValidMobile("13812345678")).toBe(true);
    expect(isValidMobile("19912345678")).toBe(true);
  });
  it("rejects other lengths and prefixes", () => {
    expect(isValidMobile("1381234567")).toBe(false);
    expect(isValidMobile("138123456789")).toBe(false);
    expect(isValidMobile("12812345678")).toBe(false);
    expect(isValidMobile("23812345678")).toBe(false);
  });
});

describe("licence plates", () => {
  it("accepts ordinary 7-character plates", () => {
    expect(isValidPlate("京A12345")).toBe(true);
    expect(isValidPlate("粤B·3Q7K8")).toBe(true);
  });
  it("accepts 8-character new-energy plates", () => {
    expect(isValidPlate("京AD12345")).toBe(true);
    expect(isValidPlate("沪A12345F")).toBe(true);
  });
  it("rejects the letters I and O, unknown provinces and wrong lengths", () => {
    expect(isValidPlate("京I12345")).toBe(false);
    expect(isValidPlate("京AO2345")).toBe(false);
    expect(isValidPlate("X京A1234")).toBe(false);
    expect(isValidPlate("京A1234")).toBe(false);
    expect(isValidPlate("京AX123456")).toBe(false);
    expect(isValidPlate("京AA12345")).toBe(false);
  });
});

describe("masking", () => {
  it("masks an ID number to first 3 and last 4", () => {
    expect(maskIdNumber("110105194912310021")).toBe("110***********0021");
  });
  it("masks a mobile to 3 + 4", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });
  it("keeps only the last four digits of a short landline", () => {
    expect(maskPhone("62345678")).toBe("****5678");
    expect(maskPhone("0106234567")).toBe("******4567");
  });
});
