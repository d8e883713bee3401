import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { loginDecision } from "@/lib/domain/login-throttle";
import { loginHistory, noticeLocks, recordChecked, recordThrottled } from "./login-attempts";

export type SignInResult =
  | { ok: true; user: { id: string; username: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

// Compared against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: string | undefined;
function getDummyHash(): string {
  return (dummyHash ??= bcrypt.hashSync("not-a-password", 10));
}

/**
 * Checks a username/password pair, throttled per (username, IP) with growing waits and locked
 * username- or IP-wide only far above that (lib/domain/login-throttle.ts). Deactivated users are
 * refused, and every attempt is recorded; checked ones are also audited.
 */
export async function verifyCredentials(
  usernameRaw: string,
  password: string,
  ip: string | null,
  now: Date = new Date(),
): Promise<SignInResult> {
  const username = usernameRaw.trim().toLowerCase();
  const history = await loginHistory(username, ip, now);
  const decision = loginDecision(history, now);
  if (!decision.allowed) {
    await recordThrottled(username, ip, now);
    return { ok: false, reason: "rateLimited", retryAfterSeconds: decision.retryAfterSeconds };
  }

  const user = await db.user.findUnique({ where: { username } });
  const passwordOk = await bcrypt.compare(password, user?.passwordHash ?? getDummyHash());
  const ok = Boolean(user && user.active && passwordOk);
  await db.$transaction(async (tx) => {
    await recordChecked(tx, username, ip, ok, now);
    await writeAudit(tx, {
      actorId: user?.id ?? null,
      action: ok ? "auth.login" : "auth.login_failed",
      entityType: "User",
      entityId: user?.id ?? null,
      data: ok ? {} : { username, reason: user && !user.active ? "inactive" : "invalid" },
      ip,
    });
  });
  if (!ok) await noticeLocks(history, username, ip, now);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, username: user.username, name: user.name } };
}
