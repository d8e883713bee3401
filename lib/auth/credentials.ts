import "server-only";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { LOGIN_WINDOW_MINUTES, loginAllowed } from "@/lib/domain/login-throttle";

export type SignInResult =
  { ok: true; user: { id: string; username: string; name: string } } | { ok: false; reason: "invalid" | "rateLimited" };

// Compared against when the username is unknown, so timing does not reveal which usernames exist.
let dummyHash: string | undefined;
function getDummyHash(): string {
  return (dummyHash ??= bcrypt.hashSync("not-a-password", 10));
}

/**
 * Checks a username/password pair: rate limited per username and per IP over a sliding window,
 * deactivated users are refused, and every attempt is recorded.
 */
export async function verifyCredentials(
  usernameRaw: string,
  password: string,
  ip: string | null,
): Promise<SignInResult> {
  const username = usernameRaw.trim().toLowerCase();
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byUsername, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { username, success: false, at: { gte: since } } }),
    ip ? db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }) : Promise.resolve(0),
  ]);
  if (!loginAllowed({ byUsername, byIp })) {
    await db.loginAttempt.create({ data: { username, ip, success: false } });
    return { ok: false, reason: "rateLimited" };
  }

  const user = await db.user.findUnique({ where: { username } });
  const passwordOk = await bcrypt.compare(password, user?.passwordHash ?? getDummyHash());
  const ok = Boolean(user && user.active && passwordOk);
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { username, ip, success: ok } });
    await writeAudit(tx, {
      actorId: user?.id ?? null,
      action: ok ? "auth.login" : "auth.login_failed",
      entityType: "User",
      entityId: user?.id ?? null,
      data: ok ? {} : { username, reason: user && !user.active ? "inactive" : "invalid" },
      ip,
    });
  });
  if (!ok || !user) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, username: user.username, name: user.name } };
}
