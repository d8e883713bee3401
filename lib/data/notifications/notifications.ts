import "server-only";
// In-app notifications: each user sees and marks only their own. Texts are composed from the
// notifications messages in the recipient's language when the notification is created.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import type { Outcome } from "@/lib/domain/outcome";
import { transact } from "../transaction";
import { composeNotification, type NotificationKind as Kind } from "@/lib/domain/notification-text";

type Tx = Prisma.TransactionClient | PrismaClient;
export const NOTIFICATION_PAGE_SIZE = 20;

export { composeNotification };

/** Notifies a user (inside the caller's transaction). */
export async function notify(
  tx: Tx,
  userId: string,
  kind: Kind,
  params: Record<string, string>,
  link: string,
): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { locale: true, active: true } });
  if (!user?.active) return;
  await tx.notification.create({ data: { userId, kind, link, ...composeNotification(kind, user.locale, params) } });
}

export async function unreadCount(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

export const notificationListSchema = z.object({
  unread: z.preprocess((v) => (v === "" ? undefined : v), z.literal("1").optional()),
  page: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(10_000).optional()),
});

export async function listNotifications(actor: Actor, filters: z.infer<typeof notificationListSchema>) {
  const page = filters.page ?? 1;
  const where: Prisma.NotificationWhereInput = { userId: actor.id, ...(filters.unread ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATION_PAGE_SIZE,
      take: NOTIFICATION_PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where }),
    unreadCount(actor),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, readAt: r.readAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString() })),
    total,
    unread,
    page,
    pageSize: NOTIFICATION_PAGE_SIZE,
  };
}

/**
 * Marks one of the actor's notifications (or all of them when `id` is omitted) as read; `count` says
 * how many were unread (another user's id simply matches nothing).
 */
export async function markRead(actor: Actor, id?: string, now = new Date()): Promise<Outcome<{ count: number }>> {
  return transact(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(id ? { id } : {}) },
      data: { readAt: now },
    });
    if (count > 0)
      await writeAudit(tx, {
        actorId: actor.id,
        action: id ? "notification.read" : "notification.readAll",
        entityType: "Notification",
        entityId: id ?? null,
        data: { count },
      });
    return { count };
  });
}
