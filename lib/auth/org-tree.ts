import "server-only";
import { db } from "@/lib/db";

/** The unit and all its descendants (recursive CTE; the tree is a few dozen rows). */
export async function orgSubtreeIds(orgUnitId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE sub AS (
      SELECT id FROM "OrgUnit" WHERE id = ${orgUnitId}::uuid
      UNION ALL
      SELECT o.id FROM "OrgUnit" o JOIN sub ON o."parentId" = sub.id
    )
    SELECT id::text AS id FROM sub`;
  return rows.map((r) => r.id);
}

/**
 * The unit and all its ancestors: the units whose staff see a record of this unit (a user sees their
 * own subtree). Whoever a record is handed to must belong to one of them, or could not open it.
 */
export async function orgAncestorIds(orgUnitId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up AS (
      SELECT id, "parentId" FROM "OrgUnit" WHERE id = ${orgUnitId}::uuid
      UNION ALL
      SELECT o.id, o."parentId" FROM "OrgUnit" o JOIN up ON o.id = up."parentId"
    )
    SELECT id::text AS id FROM up`;
  return rows.map((r) => r.id);
}
