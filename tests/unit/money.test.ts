import { describe, expect, it } from "vitest";
import { formatYuan } from "@/lib/domain/money";

describe("formatYuan", () => {
  it("shows amounts from ¥10,000 in 万 for zh-CN", () => {
    expect(formatYuan(9_999, "zh-CN")).toBe("¥9,999");
    expect(formatYuan(10_000, "zh-CN")).toBe("¥1万");
    expect(formatYuan(123_456, "zh-CN")).toBe("¥12.3万");
    expect(formatYuan(52_345_678, "zh-CN")).toBe("¥5,235万");
  });
  it("uses compact notation in English", () => {
    expect(formatYuan(9_999, "en")).toBe("¥9,999");
    expect(formatYuan(1_234_567, "en")).toBe("¥1.23M");
    expect(formatYuan(123_000, "en")).toBe("¥123K");
  });
});
