import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { orgSubtreeIds } from "@/lib/data/org";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/** Loads the signed-in, still-active user with their data scope; once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return loadActor(id);
});

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

/** For pages and server actions: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
