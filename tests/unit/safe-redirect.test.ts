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

  // Each of these tries to leave the origin (a browser reads "//host" and "/\\host" as another host) or
  // to run script; each must fall back to the home page.
  const hostile = [
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "/./evil.example/..//evil.example",
    "/a/..//evil.example",
    "/a/../..//evil.example",
    "/%2e//evil.example",
    "/%2e%2e//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "/%5cevil.example",
    "/%5Cevil.example",
    "/%2fevil.example",
    "/%2F%2Fevil.example",
    "%2f%2fevil.example",
    "/%252f%252fevil.example",
    "https://evil.example",
    "HTTPS://evil.example",
    "hTtP://evil.example/x",
    "https:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "\t//evil.example",
    " //evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\u0000//evil.example",
    "/\u0000/evil.example",
    "\u3000//evil.example",
    "http://crm.local@evil.example/",
    "//crm.local@evil.example/",
    "http://evil.example#crm.local",
    "http://evil.example\\@crm.local",
  ];

  it.each(hostile)("sends %j home", (raw) => {
    expect(safeCallbackPath(raw, "crm.local")).toBe("/");
    expect(safeCallbackPath([raw, "/customers"], "crm.local")).toBe("/");
  });

  it("normalises dot segments of a same-origin path, and refuses repeated slashes", () => {
    expect(safeCallbackPath("/customers/./x/../list?page=2", "crm.local")).toBe("/customers/list?page=2");
    expect(safeCallbackPath("/customers//list", "crm.local")).toBe("/");
    expect(safeCallbackPath("/customers?next=//evil.example", "crm.local")).toBe("/customers?next=//evil.example");
    expect(safeCallbackPath("http://crm.local/customers?q=a%2Fb%2e", "crm.local")).toBe("/customers?q=a%2Fb%2e");
  });
});
