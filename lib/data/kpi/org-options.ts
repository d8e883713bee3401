import "server-only";
// Org units and agents the actor may pick in the cockpit (their own subtree only).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type OrgOption = { id: string; parentId: string | null; name: string; level: string };

export async function orgOptions(actor: Actor, locale: string): Promise<OrgOption[]> {
  if (actor.role === "AGENT") return [];
  const units = await db.orgUnit.findMany({
    where: { id: { in: actor.orgUnitIds } },
    select: { id: true, parentId: true, name: true, nameEn: true, level: true, code: true },
    orderBy: { code: "asc" },
  });
  return units.map((u) => ({
    id: u.id,
    parentId: u.parentId,
    name: locale === "en" ? u.nameEn : u.name,
    level: u.level,
  }));
}

/** Names of the given users (for breakdown rows), limited to users of the actor's subtree. */
export async function agentNames(actor: Actor, ids: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where:
      actor.role === "AGENT"
        ? { id: { in: ids.filter((i) => i === actor.id) } }
        : { id: { in: ids }, orgUnitId: { in: actor.orgUnitIds } },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}
