import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import { fieldsToFill, isSensitiveField, PROFILE_FIELDS, type ProfileField } from "@/lib/domain/customer-profile";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";
import { refuse, refused, type Outcome } from "@/lib/domain/outcome";
import { transact, type Tx } from "../transaction";
import { writeAudit } from "../../audit/write";
import type { MergeInput } from "@/lib/validation/merge";
import { recomputeClassification } from "./classify";
import { MOVED_RELATIONS, type MovedRelation } from "@/lib/validation/merge";

// §2 merge of duplicate archive records (SERVICE_LEAD): every related row moves to the surviving
// record, its empty profile fields are filled from the other one, and the other is marked merged.
// The audit trail of both ids stays; lists hide merged records (mergedIntoId).

const countSelect = Object.fromEntries(MOVED_RELATIONS.map((r) => [r, true])) as Record<MovedRelation, true>;

const memberSelect = {
  id: true,
  customerNo: true,
  name: true,
  kind: true,
  idNumber: true,
  mobile: true,
  version: true,
  mergedIntoId: true,
  isInsured: true,
  vipTier: true,
  orgUnit: { select: { name: true, nameEn: true } },
  agent: { select: { name: true } },
  _count: { select: countSelect },
} as const;

/** The org-subtree scope without the "live" condition, to tell "already merged" from "not found". */
function scopeIncludingMerged(actor: Actor): Prisma.CustomerWhereInput {
  const { mergedIntoId: _live, ...rest } = customerScope(actor);
  return rest;
}

const uuid = z.uuid();

function display(field: ProfileField, v: unknown): string {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  if (!isSensitiveField(field)) return s;
  return field === "idNumber" ? maskIdNumber(s) : maskPhone(s);
}

const profileSelect = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, true])) as Record<ProfileField, true>;

type Member = Prisma.CustomerGetPayload<{ select: typeof memberSelect }>;

function summary(m: Member) {
  return {
    id: m.id,
    customerNo: m.customerNo,
    name: m.name,
    kind: m.kind,
    idNumber: m.idNumber ? maskIdNumber(m.idNumber) : null,
    mobile: m.mobile ? maskPhone(m.mobile) : null,
    version: m.version,
    isInsured: m.isInsured,
    vipTier: m.vipTier,
    orgUnit: m.orgUnit,
    agentName: m.agent?.name ?? null,
    counts: m._count,
  };
}
export type MergeMember = ReturnType<typeof summary>;

export type MergeProblem = "same" | "alreadyMerged";

const mergeTargetQuery = z.string().trim().max(50);

/** Search for the surviving record by customer number (exact) or name (partial, trigram index). */
export async function searchMergeTargets(actor: Actor, q: string, excludeId?: string) {
  requirePermission(actor, "customer.merge");
  const parsed = mergeTargetQuery.safeParse(q);
  if (!parsed.success || parsed.data.length === 0) return [];
  const term = parsed.data;
  const rows = await db.customer.findMany({
    where: {
      AND: [
        customerScope(actor),
        { OR: [{ customerNo: term.toUpperCase() }, { name: { contains: term } }] },
        ...(excludeId && uuid.safeParse(excludeId).success ? [{ id: { not: excludeId } }] : []),
      ],
    },
    orderBy: { customerNo: "asc" },
    take: 10,
    select: memberSelect,
  });
  return rows.map(summary);
}

/** One side of the merge as the lead sees it, or null when missing / outside the lead's scope. */
export async function mergeMember(actor: Actor, id: string) {
  requirePermission(actor, "customer.merge");
  if (!uuid.safeParse(id).success) return null;
  const m = await db.customer.findFirst({ where: { id, ...scopeIncludingMerged(actor) }, select: memberSelect });
  return m ? { ...summary(m), merged: m.mergedIntoId !== null } : null;
}

/** What a merge of `sourceId` into `targetId` would do; null when either is not visible. */
export async function mergePreview(actor: Actor, sourceId: string, targetId: string) {
  requirePermission(actor, "customer.merge");
  if (!uuid.safeParse(sourceId).success || !uuid.safeParse(targetId).success) return null;
  const rows = await db.customer.findMany({
    where: { id: { in: [sourceId, targetId] }, ...scopeIncludingMerged(actor) },
    select: { ...memberSelect, ...profileSelect },
  });
  const source = rows.find((r) => r.id === sourceId);
  const target = rows.find((r) => r.id === targetId);
  if (!source || !target) return null;
  const problem: MergeProblem | null =
    sourceId === targetId ? "same" : source.mergedIntoId || target.mergedIntoId ? "alreadyMerged" : null;
  const fills = fieldsToFill(target, source).map((field) => ({ field, value: display(field, source[field]) }));
  return { source: summary(source), target: summary(target), fills, problem };
}

/** Refusals (customerMerge.errors.*): MergeProblem, "notFound" or "conflict" (a version moved on). */
export type MergeResult = Outcome;

export async function mergeCustomers(actor: Actor, input: MergeInput): Promise<MergeResult> {
  requirePermission(actor, "customer.merge");
  const { sourceId: s, targetId: t } = input;
  if (s === t) return refuse("same");
  const visible = await db.customer.findMany({
    where: { id: { in: [s, t] }, ...scopeIncludingMerged(actor) },
    select: { id: true },
  });
  if (visible.length !== 2) return refuse("notFound");

  return transact(
    async (tx) => {
      // Lock both rows (in id order, so two opposite merges cannot deadlock), then re-check.
      const locked = await tx.$queryRaw<{ id: string; version: number; mergedIntoId: string | null }[]>`
        SELECT id::text AS id, version, "mergedIntoId"::text AS "mergedIntoId" FROM "Customer"
        WHERE id IN (${s}::uuid, ${t}::uuid) ORDER BY id FOR UPDATE`;
      const lockedSource = locked.find((r) => r.id === s)!;
      const lockedTarget = locked.find((r) => r.id === t)!;
      if (lockedSource.mergedIntoId || lockedTarget.mergedIntoId) throw refused("alreadyMerged");
      if (lockedSource.version !== input.sourceVersion || lockedTarget.version !== input.targetVersion)
        throw refused("conflict");
      // Scope again under the lock: a reallocation between the check above and the lock moves no row.
      const stillVisible = await tx.customer.count({ where: { id: { in: [s, t] }, ...scopeIncludingMerged(actor) } });
      if (stillVisible !== 2) throw refused("notFound");

      const [source, target] = await Promise.all([
        tx.customer.findUniqueOrThrow({ where: { id: s }, include: { corporate: { select: { customerId: true } } } }),
        tx.customer.findUniqueOrThrow({ where: { id: t }, include: { corporate: { select: { customerId: true } } } }),
      ]);
      const moved = await moveRelatedRows(tx, s, t);
      if (source.corporate && !target.corporate) {
        await tx.corporateProfile.update({ where: { customerId: s }, data: { customerId: t } });
        moved.corporate = 1;
      }
      const filled = fieldsToFill(target, source);
      const fill: Prisma.CustomerUncheckedUpdateInput = Object.fromEntries(filled.map((f) => [f, source[f]]));
      if (!target.employerId && source.employerId && source.employerId !== t) fill.employerId = source.employerId;
      const activeBlacklist = await tx.blacklistEntry.count({ where: { customerId: t, liftedAt: null } });
      await tx.customer.update({
        where: { id: t },
        data: { ...fill, blacklisted: target.blacklisted || activeBlacklist > 0, version: { increment: 1 } },
      });
      await tx.customer.update({ where: { id: s }, data: { mergedIntoId: t, version: { increment: 1 } } });
      // Moved policies change the survivor's tier and activity; the merged record keeps nothing.
      await recomputeClassification(tx, [t, s]);
      const common = { moved, filled, actorRole: actor.role };
      await writeAudit(tx, {
        actorId: actor.id,
        action: "customer.merge",
        entityType: "Customer",
        entityId: s,
        data: { ...common, role: "source", into: t, intoCustomerNo: target.customerNo },
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: "customer.merge",
        entityType: "Customer",
        entityId: t,
        data: { ...common, role: "target", from: s, fromCustomerNo: source.customerNo },
      });
    },
    { timeout: 60_000 },
  );
}

async function moveRelatedRows(tx: Tx, s: string, t: string): Promise<Record<string, number>> {
  const from = { customerId: s };
  const to = { customerId: t };
  const [
    policies,
    insuredIn,
    claims,
    complaints,
    visits,
    surveys,
    communications,
    family,
    allocations,
    blacklist,
    tasks,
  ] = await Promise.all([
    tx.policy.updateMany({ where: from, data: to }),
    tx.policyInsured.updateMany({ where: from, data: to }),
    tx.claim.updateMany({ where: from, data: to }),
    tx.complaint.updateMany({ where: from, data: to }),
    tx.visit.updateMany({ where: from, data: to }),
    tx.survey.updateMany({ where: from, data: to }),
    tx.communication.updateMany({ where: from, data: to }),
    tx.familyMember.updateMany({ where: from, data: to }),
    tx.resourceAllocation.updateMany({ where: from, data: to }),
    tx.blacklistEntry.updateMany({ where: from, data: to }),
    tx.task.updateMany({ where: from, data: to }),
  ]);
  const employees = await tx.customer.updateMany({ where: { employerId: s }, data: { employerId: t } });
  // Records merged into the source earlier now point at the survivor (no chains).
  const earlierMerges = await tx.customer.updateMany({ where: { mergedIntoId: s }, data: { mergedIntoId: t } });

  // Tags and classification values: the survivor keeps its own and gains the ones it lacks.
  const tags = await tx.customerTag.findMany({ where: from, select: { tagId: true } });
  await tx.customerTag.createMany({ data: tags.map((x) => ({ customerId: t, tagId: x.tagId })), skipDuplicates: true });
  await tx.customerTag.deleteMany({ where: from });
  const values = await tx.customerFieldValue.findMany({ where: from, select: { fieldId: true, value: true } });
  const taken = await tx.customerFieldValue.createMany({
    data: values.map((v) => ({ customerId: t, fieldId: v.fieldId, value: v.value })),
    skipDuplicates: true,
  });
  await tx.customerFieldValue.deleteMany({ where: from });

  return {
    policies: policies.count,
    insuredIn: insuredIn.count,
    claims: claims.count,
    complaints: complaints.count,
    visits: visits.count,
    surveys: surveys.count,
    communications: communications.count,
    family: family.count,
    tags: tags.length,
    fieldValues: taken.count,
    allocations: allocations.count,
    blacklist: blacklist.count,
    employees: employees.count,
    tasks: tasks.count,
    earlierMerges: earlierMerges.count,
  };
}

/** Live records in the lead's scope sharing the source's 身份证号 or mobile: the likely targets. */
export async function mergeSuggestions(actor: Actor, sourceId: string) {
  requirePermission(actor, "customer.merge");
  if (!uuid.safeParse(sourceId).success) return [];
  const source = await db.customer.findFirst({
    where: { id: sourceId, ...customerScope(actor) },
    select: { idNumber: true, mobile: true },
  });
  const or: Prisma.CustomerWhereInput[] = [];
  if (source?.idNumber) or.push({ idNumber: source.idNumber });
  if (source?.mobile) or.push({ mobile: source.mobile });
  if (or.length === 0) return [];
  const rows = await db.customer.findMany({
    where: { AND: [customerScope(actor), { id: { not: sourceId } }, { OR: or }] },
    orderBy: { createdAt: "asc" },
    take: 10,
    select: memberSelect,
  });
  return rows.map(summary);
}
