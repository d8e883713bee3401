// Org options as an indented list (parents before children).
import type { OrgOption } from "@/lib/data/kpi/org-options";

export function indentOrgs(units: OrgOption[]): { id: string; name: string; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const out: { id: string; name: string; depth: number }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const u of units.filter((x) =>
      parentId === null ? !x.parentId || !ids.has(x.parentId) : x.parentId === parentId,
    )) {
      out.push({ id: u.id, name: u.name, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
