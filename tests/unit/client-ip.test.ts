import { describe, expect, it } from "vitest";
import { inRanges, normalizeIp, parseTrustedProxies, resolveClientIp } from "@/lib/domain/client-ip";

const trusted = (setting: string) => parseTrustedProxies(setting).ranges;

describe("TRUSTED_PROXIES", () => {
  it("reads addresses and CIDR ranges, IPv4 and IPv6, and reports the rest", () => {
    const { ranges, invalid } = parseTrustedProxies(" 10.0.0.1, 192.168.0.0/16 ,fd00::/8, ::1, bogus, 10.0.0.0/33,");
    expect(ranges).toHaveLength(4);
    expect(invalid).toEqual(["bogus", "10.0.0.0/33"]);
    expect(inRanges("192.168.77.3", ranges)).toBe(true);
    expect(inRanges("192.169.0.1", ranges)).toBe(false);
    expect(inRanges("::ffff:10.0.0.1", ranges)).toBe(true);
    expect(inRanges("fd12:3456::1", ranges)).toBe(true);
    expect(inRanges("fe80::1", ranges)).toBe(false);
    expect(inRanges("::1", ranges)).toBe(true);
  });
  it("is empty when unset", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ ranges: [], invalid: [] });
  });
});

describe("resolveClientIp", () => {
  it("ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientIp({ peer: "203.0.113.9", forwardedFor: "1.2.3.4", trusted: [] })).toBe("203.0.113.9");
  });
  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const t = trusted("10.0.0.1");
    expect(resolveClientIp({ peer: "203.0.113.9", forwardedFor: "1.2.3.4", trusted: t })).toBe("203.0.113.9");
  });
  it("takes the hop our proxies saw, not what the client put in front of it", () => {
    const t = trusted("10.0.0.0/24");
    // The client forged "1.2.3.4"; the proxy appended the address it really saw.
    expect(resolveClientIp({ peer: "10.0.0.1", forwardedFor: "1.2.3.4, 198.51.100.7", trusted: t })).toBe(
      "198.51.100.7",
    );
    expect(resolveClientIp({ peer: "10.0.0.1", forwardedFor: "198.51.100.7, 10.0.0.2", trusted: t })).toBe(
      "198.51.100.7",
    );
    expect(resolveClientIp({ peer: "::ffff:10.0.0.1", forwardedFor: "198.51.100.7", trusted: t })).toBe("198.51.100.7");
  });
  it("falls back to the peer when a hop is malformed, and is null without a peer", () => {
    const t = trusted("10.0.0.1");
    expect(resolveClientIp({ peer: "10.0.0.1", forwardedFor: "not-an-ip", trusted: t })).toBe("10.0.0.1");
    expect(resolveClientIp({ peer: null, forwardedFor: "1.2.3.4", trusted: t })).toBeNull();
  });
  it("normalises IPv4-mapped addresses", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("[::1]")).toBe("::1");
    expect(normalizeIp("nope")).toBeNull();
  });
});
