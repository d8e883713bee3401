// The generators' identifiers must pass the app's own validators.
import { describe, expect, it } from "vitest";
import { isValidMobile, isValidPlate, parseIdNumber } from "@/lib/domain/identity";
import { creditCode, creditCodeCheckChar, idNumber, mobile, plate } from "@/prisma/fake/identity";
import { Rng } from "@/prisma/fake/rng";

describe("generated identifiers", () => {
  const rng = new Rng(42);

  it("resident IDs are checksum-valid and match birth date and gender", () => {
    for (let i = 0; i < 500; i++) {
      const day = rng.int(-20_000, 19_000);
      const gender = rng.chance(0.5) ? "MALE" : "FEMALE";
      const parsed = parseIdNumber(idNumber(rng, "110108", day, gender));
      expect(parsed?.gender).toBe(gender);
      expect(parsed?.birthDate).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it("mobiles and plates (ordinary and 8-character new-energy) are valid", () => {
    for (let i = 0; i < 500; i++) {
      expect(isValidMobile(mobile(rng))).toBe(true);
      expect(isValidPlate(plate(rng, "京A", false))).toBe(true);
      const nev = plate(rng, "冀A", true);
      expect(nev).toHaveLength(8);
      expect(isValidPlate(nev)).toBe(true);
    }
  });

  it("unified social credit codes are unique per serial and carry a GB 32100 check character", () => {
    const codes = new Set<string>();
    for (let serial = 1; serial <= 2000; serial++) {
      const code = creditCode(serial, "110105", "91");
      expect(code).toMatch(/^91110105[0-9A-HJ-NPQRTUWXY]{10}$/);
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
      codes.add(code);
    }
    expect(codes.size).toBe(2000);
    // Published example (国家市场监督管理总局).
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });

  it("is deterministic for a seed", () => {
    const a = new Rng(7);
    const b = new Rng(7);
    expect([a.uuid(), a.int(1, 100), a.next()]).toEqual([b.uuid(), b.int(1, 100), b.next()]);
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
