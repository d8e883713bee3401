import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/domain/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps a relative path with its query", () => {
    expect(safeCallbackPath("/customers?tier=GOLD", "crm.local")).toBe("/customers?tier=GOLD");
  });
  it("keeps an absolute URL on the same host, as next-auth sends it", () => {
    expect(safeCallbackPath("http://crm.local:3000/renewals", "crm.local:3000")).toBe("/renewals");
  });
  it("refuses other origins, protocol-relative URLs and the login page itself", () => {
    expect(safeCallbackPath("https://evil.example/x", "crm.local")).toBe("/");
    expect(safeCallbackPath("//evil.example/x", "crm.local")).toBe("/");
    expect(safeCallbackPath("/login?callbackUrl=/", "crm.local")).toBe("/");
    expect(safeCallbackPath(undefined, "crm.local")).toBe("/");
  });
});
