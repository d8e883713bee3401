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
