import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import { presentDuplicates, suggestMergeDirection, type DuplicateView } from "@/lib/domain/duplicates";

type Tx = Prisma.TransactionClient | PrismaClient;

/**
 * Live records anywhere in the branch with the same 身份证号 or mobile (exact match on the btree
 * indexes), other than `excludeId`. Those outside the actor's scope are reported without their data.
 */
export async function findDuplicates(
  tx: Tx,
  actor: Actor,
  probe: { idNumber: string | null; mobile: string | null },
  excludeId?: string,
): Promise<DuplicateView[]> {
  const or: Prisma.CustomerWhereInput[] = [];
  if (probe.idNumber) or.push({ idNumber: probe.idNumber });
  if (probe.mobile) or.push({ mobile: probe.mobile });
  if (or.length === 0) return [];
  const candidates = await tx.customer.findMany({
    where: { mergedIntoId: null, OR: or, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, customerNo: true, name: true, idNumber: true, mobile: true },
    orderBy: { createdAt: "asc" },
    take: 10,
  });
  if (candidates.length === 0) return [];
  const visible = await tx.customer.findMany({
    where: { AND: [{ id: { in: candidates.map((c) => c.id) } }, customerScope(actor)] },
    select: { id: true },
  });
  return presentDuplicates(probe, candidates, new Set(visible.map((v) => v.id)));
}

export type DuplicatePair = {
  matchedOn: "idNumber" | "mobile";
  source: PairMember;
  target: PairMember;
};
type PairMember = {
  id: string;
  customerNo: string;
  name: string;
  idNumber: string | null;
  mobile: string | null;
  orgUnitName: string;
  agentName: string | null;
  isInsured: boolean;
  policyCount: number;
};

/**
 * Suspected duplicates inside the actor's scope for the merge screen: live records sharing a
 * 身份证号 (the person's unique identifier; a shared mobile is common within a family), as pairs
 * with a suggested direction. Grouping in idNumber order lets PostgreSQL stream the idNumber
 * index and stop after one page instead of aggregating the whole table.
 */
export async function duplicatePairs(
  actor: Actor,
  page = 1,
  pageSize = 20,
): Promise<{ pairs: DuplicatePair[]; hasMore: boolean }> {
  requirePermission(actor, "customer.merge");
  const offset = (Math.max(1, page) - 1) * pageSize;
  const rows = await db.$queryRaw<{ ids: string[] }[]>`
    SELECT array_agg(id::text ORDER BY "createdAt") AS ids FROM "Customer"
    WHERE "idNumber" IS NOT NULL AND "mergedIntoId" IS NULL AND "orgUnitId" = ANY(${actor.orgUnitIds}::uuid[])
    GROUP BY "idNumber" HAVING count(*) > 1
    ORDER BY "idNumber"
    LIMIT ${pageSize + 1} OFFSET ${offset}`;
  const groups = rows.slice(0, pageSize);
  const ids = [...new Set(groups.flatMap((g) => g.ids.slice(0, 2)))];
  const members = await db.customer.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      customerNo: true,
      name: true,
      idNumber: true,
      mobile: true,
      isInsured: true,
      createdAt: true,
      orgUnit: { select: { name: true } },
      agent: { select: { name: true } },
      _count: { select: { policies: true } },
    },
  });
  const byId = new Map(
    members.map((m) => [
      m.id,
      {
        id: m.id,
        customerNo: m.customerNo,
        name: m.name,
        idNumber: m.idNumber ? maskIdNumber(m.idNumber) : null,
        mobile: m.mobile ? maskPhone(m.mobile) : null,
        orgUnitName: m.orgUnit.name,
        agentName: m.agent?.name ?? null,
        isInsured: m.isInsured,
        policyCount: m._count.policies,
        createdAt: m.createdAt,
      },
    ]),
  );
  const pairs = groups.flatMap((g) => {
    const [a, b] = [byId.get(g.ids[0]!), byId.get(g.ids[1]!)];
    if (!a || !b) return [];
    const { source, target } = suggestMergeDirection(a, b);
    const strip = ({ createdAt: _c, ...rest }: typeof a) => rest;
    return [{ matchedOn: "idNumber" as const, source: strip(source), target: strip(target) }];
  });
  return { pairs, hasMore: rows.length > pageSize };
}
