import { describe, expect, it } from "vitest";
import {
  IP_LOCK_FAILURES,
  LOCK_MINUTES,
  loginDecision,
  pairDelaySeconds,
  PAIR_FREE_FAILURES,
  PAIR_MAX_DELAY_SECONDS,
  USERNAME_LOCK_FAILURES,
  type LoginHistory,
} from "@/lib/domain/login-throttle";

const NOW = new Date("2026-02-28T16:00:00.000Z"); // midnight in Asia/Shanghai; the rule has no calendar
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);
const quiet: LoginHistory = {
  pairFailures: 0,
  pairLastFailureAt: null,
  knownIp: false,
  usernameFailures: 0,
  usernameLastFailureAt: null,
  ipFailures: 0,
  ipLastFailureAt: null,
};

describe("pair delays", () => {
  it("are free for the first failures, then double up to the cap", () => {
    const delays = Array.from({ length: 14 }, (_, n) => pairDelaySeconds(n));
    expect(delays.slice(0, PAIR_FREE_FAILURES)).toEqual([0, 0, 0]);
    expect(delays.slice(PAIR_FREE_FAILURES, PAIR_FREE_FAILURES + 5)).toEqual([5, 10, 20, 40, 80]);
    for (let n = PAIR_FREE_FAILURES + 1; n < delays.length; n++)
      expect(delays[n]).toBeGreaterThanOrEqual(delays[n - 1]!);
    expect(pairDelaySeconds(1_000_000)).toBe(PAIR_MAX_DELAY_SECONDS);
  });

  it("make the pair wait from its last failure, and say how long", () => {
    const h = { ...quiet, pairFailures: 4, pairLastFailureAt: ago(3) };
    expect(loginDecision(h, NOW)).toEqual({ allowed: false, scope: "pair", retryAfterSeconds: 7 });
    expect(loginDecision({ ...h, pairLastFailureAt: ago(10) }, NOW)).toEqual({ allowed: true });
    expect(loginDecision({ ...h, pairFailures: 2, pairLastFailureAt: ago(0) }, NOW)).toEqual({ allowed: true });
  });
});

describe("username-wide lock", () => {
  const attacked = { ...quiet, usernameFailures: USERNAME_LOCK_FAILURES, usernameLastFailureAt: ago(60) };

  it("starts only far above the pair's free failures", () => {
    expect(USERNAME_LOCK_FAILURES).toBeGreaterThanOrEqual(10 * PAIR_FREE_FAILURES);
    expect(loginDecision({ ...attacked, usernameFailures: USERNAME_LOCK_FAILURES - 1 }, NOW)).toEqual({
      allowed: true,
    });
  });

  it("refuses unknown IPs for LOCK_MINUTES after the last counted failure", () => {
    expect(loginDecision(attacked, NOW)).toEqual({
      allowed: false,
      scope: "username",
      retryAfterSeconds: LOCK_MINUTES * 60 - 60,
    });
    expect(loginDecision({ ...attacked, usernameLastFailureAt: ago(LOCK_MINUTES * 60) }, NOW)).toEqual({
      allowed: true,
    });
  });

  it("never applies to an IP the user has signed in from", () => {
    expect(loginDecision({ ...attacked, knownIp: true }, NOW)).toEqual({ allowed: true });
  });
});

describe("IP-wide lock (password spraying)", () => {
  const spraying = { ...quiet, ipFailures: IP_LOCK_FAILURES, ipLastFailureAt: ago(1) };
  it("refuses usernames unknown at that IP, and lets known colleagues behind it through", () => {
    expect(loginDecision(spraying, NOW)).toMatchObject({ allowed: false, scope: "ip" });
    expect(loginDecision({ ...spraying, knownIp: true }, NOW)).toEqual({ allowed: true });
  });
});
