import "server-only";
// The sign-in history in PostgreSQL (table LoginAttempt), so throttling holds across every app
// instance; the decision itself is the pure rule in lib/domain/login-throttle.ts.
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { composeNotification } from "@/lib/domain/notification-text";
import {
  historyWindows,
  IP_LOCK_FAILURES,
  LOCK_MINUTES,
  LOCK_WINDOW_MINUTES,
  USERNAME_LOCK_FAILURES,
  type LoginHistory,
} from "@/lib/domain/login-throttle";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** A failure counts when the password was checked (not refused while throttled). */
const counted = { success: false, throttled: false } as const;

export async function loginHistory(username: string, ip: string | null, now: Date): Promise<LoginHistory> {
  const w = historyWindows(now);
  const [lastSuccess, byUsername, byIp] = await Promise.all([
    db.loginAttempt.findFirst({
      where: { username, ip, success: true, at: { lte: now } },
      orderBy: { at: "desc" },
      select: { at: true },
    }),
    db.loginAttempt.aggregate({
      where: { username, ...counted, at: { gte: w.lockSince, lte: now } },
      _count: { _all: true },
      _max: { at: true },
    }),
    // No IP-wide bucket for requests whose address is unknown: they are not one client.
    ip
      ? db.loginAttempt.aggregate({
          where: { ip, ...counted, at: { gte: w.lockSince, lte: now } },
          _count: { _all: true },
          _max: { at: true },
        })
      : null,
  ]);
  const pairSince = lastSuccess && lastSuccess.at > w.pairSince ? lastSuccess.at : w.pairSince;
  const pair = await db.loginAttempt.aggregate({
    where: { username, ip, ...counted, at: { gt: pairSince, lte: now } },
    _count: { _all: true },
    _max: { at: true },
  });
  return {
    pairFailures: pair._count._all,
    pairLastFailureAt: pair._max.at,
    knownIp: ip !== null && lastSuccess !== null && lastSuccess.at >= w.knownSince,
    usernameFailures: byUsername._count._all,
    usernameLastFailureAt: byUsername._max.at,
    ipFailures: byIp?._count._all ?? 0,
    ipLastFailureAt: byIp?._max.at ?? null,
  };
}

/** An attempt refused while throttled: kept for the record, never counted. */
export async function recordThrottled(username: string, ip: string | null, now: Date): Promise<void> {
  await db.loginAttempt.create({ data: { username, ip, success: false, throttled: true, at: now } });
}

export async function recordChecked(tx: Tx, username: string, ip: string | null, ok: boolean, now: Date) {
  await tx.loginAttempt.create({ data: { username, ip, success: ok, at: now } });
}

/**
 * After a counted failure: when the username (or the IP) has just crossed its lock threshold, tells
 * the active admins once per lock, in their language, and audits it. An advisory lock per username
 * (per IP) makes "once" hold when failures arrive in parallel on several instances.
 */
export async function noticeLocks(before: LoginHistory, username: string, ip: string | null, now: Date) {
  const since = new Date(now.getTime() - LOCK_WINDOW_MINUTES * 60_000);
  // Counts only grow under concurrency, so a failure that cannot have reached a threshold skips the check.
  if (before.usernameFailures + 1 >= USERNAME_LOCK_FAILURES)
    await noticeLock({ scope: "username", key: username, since, now, ip, username });
  if (ip && before.ipFailures + 1 >= IP_LOCK_FAILURES)
    await noticeLock({ scope: "ip", key: ip, since, now, ip, username });
}

async function noticeLock(o: {
  scope: "username" | "ip";
  key: string;
  since: Date;
  now: Date;
  ip: string | null;
  username: string;
}): Promise<void> {
  const byUsername = o.scope === "username";
  const failures = await db.loginAttempt.count({
    where: { ...(byUsername ? { username: o.key } : { ip: o.key }), ...counted, at: { gte: o.since, lte: o.now } },
  });
  if (failures < (byUsername ? USERNAME_LOCK_FAILURES : IP_LOCK_FAILURES)) return;
  const action = byUsername ? "auth.login_locked" : "auth.login_ip_locked";
  const entityId = `${o.scope}:${o.key}`;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login-lock:${entityId}`}))`;
    // One notice per lock: a lock lasts while failures keep coming within the window.
    const already = await tx.auditLog.findFirst({
      where: { action, entityType: "LoginLock", entityId, at: { gte: o.since } },
      select: { id: true },
    });
    if (already) return;
    if (byUsername && !(await tx.user.findUnique({ where: { username: o.key }, select: { id: true } }))) return;
    await writeAudit(tx, {
      actorId: null,
      action,
      entityType: "LoginLock",
      entityId,
      data: { username: o.username, failures, minutes: LOCK_MINUTES },
      ip: o.ip,
    });
    const admins = await tx.user.findMany({
      where: { role: "ADMIN", active: true },
      select: { id: true, locale: true },
    });
    const params = { username: o.username, ip: o.ip ?? "?", failures: String(failures), minutes: String(LOCK_MINUTES) };
    const kind = byUsername ? "LOGIN_LOCKED" : "LOGIN_IP_LOCKED";
    await tx.notification.createMany({
      data: admins.map((a) => ({ userId: a.id, kind, link: null, ...composeNotification(kind, a.locale, params) })),
    });
  });
}
