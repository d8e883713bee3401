import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import type { Actor } from "./actor";
import { loadActor } from "./load-actor";
import { authOptions } from "./options";

export { loadActor };

// next-auth's cookie names: the secure prefix when served over https. A large token is split into
// numbered chunks (name.0, name.1, …); ours carries only the user id, but both forms are read.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The user id of the request's session token. This is what `getServerSession` does for JWT sessions,
 * minus its callbacks and its cookie rewrite, which a server component cannot send anyway: the token
 * is decrypted and its expiry checked by next-auth's own `decode`.
 */
async function sessionUserId(): Promise<string | null> {
  const store = await cookies();
  const secret = authOptions.secret;
  if (!secret) return null;
  for (const name of SESSION_COOKIES) {
    const chunks = store
      .getAll()
      .filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    const raw = store.get(name)?.value ?? chunks.map((c) => c.value).join("");
    if (!raw) continue;
    const token = await decode({ token: raw, secret }).catch(() => null);
    if (typeof token?.uid === "string") return token.uid;
  }
  return null;
}

/** Loads the signed-in, still-active user with their data scope; once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const id = await sessionUserId();
  return id ? loadActor(id) : null;
});

/** For pages and server actions: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
