import "server-only";
// The actor of a user id: re-read on every request, so a deactivated user or a moved org unit takes
// effect at once. Kept apart from session.ts (next-auth) so jobs and scripts can load actors too.
import { db } from "@/lib/db";
import { orgSubtreeIds } from "@/lib/auth/org-tree";
import type { Actor } from "./actor";

export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    role: user.role,
    channel: user.channel,
    orgUnitId: user.orgUnitId,
    orgUnitIds: await orgSubtreeIds(user.orgUnitId),
  };
}
