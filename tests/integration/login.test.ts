import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { MAX_FAILURES_PER_USERNAME } from "@/lib/domain/login-throttle";
import { makeOrgUnit, makeUser } from "../support/factories";

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
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) {
      expect((await verifyCredentials(user.username, "wrong", null)).ok).toBe(false);
    }
    expect(await verifyCredentials(user.username, "Right#pass1", null)).toEqual({ ok: false, reason: "rateLimited" });
  });
});
