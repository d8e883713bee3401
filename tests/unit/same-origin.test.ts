import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/domain/same-origin";

describe("isSameOriginRequest", () => {
  const host = "crm.local:3000";
  it("believes Sec-Fetch-Site when the browser sends it", () => {
    expect(isSameOriginRequest({ secFetchSite: "same-origin", origin: null, host })).toBe(true);
    for (const site of ["cross-site", "same-site", "none"])
      expect(isSameOriginRequest({ secFetchSite: site, origin: `http://${host}`, host })).toBe(false);
  });
  it("otherwise compares Origin with the host the browser addressed", () => {
    expect(isSameOriginRequest({ secFetchSite: null, origin: "http://crm.local:3000", host })).toBe(true);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "http://CRM.local:3000", host: "crm.local:3000" })).toBe(
      true,
    );
    expect(isSameOriginRequest({ secFetchSite: null, origin: "https://evil.example", host })).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "http://crm.local:3001", host })).toBe(false);
  });
  it("refuses a request that says nothing about where it came from", () => {
    expect(isSameOriginRequest({ secFetchSite: null, origin: null, host })).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "null", host })).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: null, origin: "not a url", host })).toBe(false);
  });
});
