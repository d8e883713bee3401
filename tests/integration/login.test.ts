import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { verifyCredentials } from "@/lib/auth/credentials";
import { installPeerStamp } from "@/lib/auth/peer-stamp";
import { db } from "@/lib/db";
import { LOCK_MINUTES, PAIR_FREE_FAILURES, USERNAME_LOCK_FAILURES } from "@/lib/domain/login-throttle";
import { makeOrgUnit, makeUser } from "../support/factories";

// Addresses unique to each test, so the IP-wide counts of one test never reach another.
const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const seconds = (t0: Date, s: number) => new Date(t0.getTime() + s * 1000);

describe("sign-in", () => {
  it("accepts an active user with the right password and audits it", async () => {
    const org = await makeOrgUnit();
    const user = await makeUser({ orgUnitId: org.id, password: "Right#pass1" });
    const result = await verifyCredentials(user.username, "Right#pass1", "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, username: user.username, name: user.name } });
    const audit = await db.auditLog.findFirst({ where: { entityId: user.id, action: "auth.login" } });
    expect(audit?.ip).toBe("10.0.0.1");
  });

  it("refuses a wrong password", async () => {
    const org = await makeOrgUnit();
    const user = await makeUser({ orgUnitId: org.id, password: "Right#pass1" });
    expect(await verifyCredentials(user.username, "wrong", null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated user even with the right password", async () => {
    const org = await makeOrgUnit();
    const user = await makeUser({ orgUnitId: org.id, password: "Right#pass1", active: false });
    expect(await verifyCredentials(user.username, "Right#pass1", null)).toEqual({ ok: false, reason: "invalid" });
    const audit = await db.auditLog.findFirst({ where: { entityId: user.id, action: "auth.login_failed" } });
    expect(audit?.data).toMatchObject({ reason: "inactive" });
  });

  it("refuses an unknown username", async () => {
    expect(await verifyCredentials("nobody_here", "x", null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("rate-limits a username after repeated failures, even with the right password", async () => {
    const org = await makeOrgUnit();
    const user = await makeUser({ orgUnitId: org.id, password: "Right#pass1" });
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) {
      expect((await verifyCredentials(user.username, "wrong", null)).ok).toBe(false);
    }
    expect(await verifyCredentials(user.username, "Right#pass1", null)).toMatchObject({
      ok: false,
      reason: "rateLimited",
    });
  });
});

describe("sign-in throttling", () => {
  it("does not lock out colleagues behind the same IP when one of them keeps failing", async () => {
    const org = await makeOrgUnit();
    const [clumsy, colleague] = await Promise.all([
      makeUser({ orgUnitId: org.id, password: "Right#pass1" }),
      makeUser({ orgUnitId: org.id, password: "Right#pass2" }),
    ]);
    const office = randomIp();
    for (let i = 0; i < 25; i++) await verifyCredentials(clumsy.username, "wrong", office);
    expect(await verifyCredentials(clumsy.username, "Right#pass1", office)).toMatchObject({ reason: "rateLimited" });
    expect(await verifyCredentials(colleague.username, "Right#pass2", office)).toMatchObject({ ok: true });
  });

  it("makes each further failure wait longer, says how long, and does not count refused attempts", async () => {
    const org = await makeOrgUnit();
    const user = await makeUser({ orgUnitId: org.id, password: "Right#pass1" });
    const ip = randomIp();
    const t0 = new Date();
    for (let i = 0; i < PAIR_FREE_FAILURES; i++)
      expect(await verifyCredentials(user.username, "wrong", ip, t0)).toEqual({ ok: false, reason: "invalid" });
    // 3 failures: wait 5 s.
    expect(await verifyCredentials(user.username, "Right#pass1", ip, seconds(t0, 1))).toEqual({
      ok: false,
      reason: "rateLimited",
      retryAfterSeconds: 4,
    });
    expect(await verifyCredentials(user.username, "wrong", ip, seconds(t0, 5))).toMatchObject({ reason: "invalid" });
    // 4 failures: wait 10 s from the last one; the refused attempts in between do not move it.
    for (const s of [6, 9, 12])
      expect(await verifyCredentials(user.username, "wrong", ip, seconds(t0, s))).toEqual({
        ok: false,
        reason: "rateLimited",
        retryAfterSeconds: 15 - s,
      });
    expect(await verifyCredentials(user.username, "wrong", ip, seconds(t0, 15))).toMatchObject({ reason: "invalid" });
    // 5 failures: 20 s.
    expect(await verifyCredentials(user.username, "wrong", ip, seconds(t0, 16))).toMatchObject({
      retryAfterSeconds: 19,
    });
    expect(await verifyCredentials(user.username, "Right#pass1", ip, seconds(t0, 35))).toMatchObject({ ok: true });
    // A success starts the pair afresh.
    expect(await verifyCredentials(user.username, "wrong", ip, seconds(t0, 36))).toMatchObject({ reason: "invalid" });
    expect(await verifyCredentials(user.username, "Right#pass1", ip, seconds(t0, 36))).toMatchObject({ ok: true });
    const refused = await db.loginAttempt.count({ where: { username: user.username, throttled: true } });
    expect(refused).toBe(5);
  });

  it("does not let an attacker on other IPs lock the admin out; admins are told once", async () => {
    const org = await makeOrgUnit();
    const admin = await makeUser({ orgUnitId: org.id, role: "ADMIN", password: "Admin#pass1" });
    const watcher = await makeUser({ orgUnitId: org.id, role: "ADMIN" });
    const office = randomIp();
    expect(await verifyCredentials(admin.username, "Admin#pass1", office)).toMatchObject({ ok: true });

    const t0 = new Date();
    // A distributed attack: every attempt from another address, so no pair is ever slowed down.
    for (let i = 0; i < USERNAME_LOCK_FAILURES + 5; i++)
      await verifyCredentials(admin.username, `guess${i}`, `198.18.${i >> 8}.${i & 255}`, t0);
    const fresh = "198.19.0.1";
    const locked = await verifyCredentials(admin.username, "Admin#pass1", fresh, seconds(t0, 60));
    expect(locked).toEqual({ ok: false, reason: "rateLimited", retryAfterSeconds: LOCK_MINUTES * 60 - 60 });
    // The real admin, from where they have signed in before, is not locked out.
    expect(await verifyCredentials(admin.username, "Admin#pass1", office, seconds(t0, 61))).toMatchObject({ ok: true });

    const notices = await db.notification.findMany({ where: { userId: watcher.id, kind: "LOGIN_LOCKED" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toContain(admin.username);
    expect(
      await db.auditLog.count({ where: { action: "auth.login_locked", entityId: `username:${admin.username}` } }),
    ).toBe(1);

    // Refused attempts do not extend the lock: it ends LOCK_MINUTES after the last counted failure.
    await verifyCredentials(admin.username, "guess", "198.19.0.2", seconds(t0, 10 * 60));
    expect(
      await verifyCredentials(admin.username, "Admin#pass1", "198.19.0.3", seconds(t0, LOCK_MINUTES * 60 + 1)),
    ).toMatchObject({ ok: true });
  });
});

describe("client IP", () => {
  let server: http.Server;
  let url: string;
  const saved = process.env.TRUSTED_PROXIES;

  beforeAll(async () => {
    installPeerStamp();
    server = http.createServer((req, res) => res.end(JSON.stringify({ ip: clientIp(req.headers) })));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    process.env.TRUSTED_PROXIES = saved;
    await new Promise((resolve) => server.close(resolve));
  });

  const ask = async (headers: Record<string, string>) =>
    ((await (await fetch(url, { headers })).json()) as { ip: string | null }).ip;

  it("ignores X-Forwarded-For (and a forged peer stamp) unless the peer is a trusted proxy", async () => {
    delete process.env.TRUSTED_PROXIES;
    expect(await ask({ "x-forwarded-for": "1.2.3.4", "x-jinshan-peer": "guess 5.6.7.8" })).toBe("127.0.0.1");
    process.env.TRUSTED_PROXIES = "10.0.0.0/8";
    expect(await ask({ "x-forwarded-for": "1.2.3.4" })).toBe("127.0.0.1");
    process.env.TRUSTED_PROXIES = "127.0.0.1/32";
    expect(await ask({ "x-forwarded-for": "1.2.3.4" })).toBe("1.2.3.4");
  });

  it("is unknown for headers that never passed the stamp", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4" })).toBeNull();
  });
});
