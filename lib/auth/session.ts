import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { loadActor } from "./load-actor";
import { authOptions } from "./options";

export { loadActor };

/** Loads the signed-in, still-active user with their data scope; once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return loadActor(id);
});

/** For pages and server actions: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
