import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { refuse, refused, type Outcome, type Refusal } from "@/lib/domain/outcome";
import type { fieldCreate, fieldUpdate, tagInput, tagUpdate } from "@/lib/validation/classification";
import { transact } from "../transaction";
import { writeAudit } from "../../audit/write";

// ADMIN maintenance of tags and custom classification fields (§2 个性化客户分类), audited.
// Refusals name the field they concern (classificationAdmin.errors.<reason>), or "notFound".

export type AdminResult = Outcome;

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** A refusal shown next to one field of the form. */
const onField = (field: string, reason: string): Refusal => refuse(reason, { fields: { [field]: [reason] } });

/** The write, or `taken` when it hits a unique key (a name or key another record has). */
async function unlessTaken(write: () => Promise<AdminResult>, taken: Refusal): Promise<AdminResult> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) return taken;
    throw e;
  }
}

export async function classificationOverview(actor: Actor) {
  requirePermission(actor, "admin.tags");
  const [tags, fields] = await Promise.all([
    db.tag.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, nameEn: true, color: true, _count: { select: { customers: true } } },
    }),
    db.classificationField.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        key: true,
        label: true,
        labelEn: true,
        type: true,
        options: true,
        active: true,
        _count: { select: { values: true } },
      },
    }),
  ]);
  return {
    tags: tags.map(({ _count, ...t }) => ({ ...t, customers: _count.customers })),
    fields: fields.map(({ _count, ...f }) => ({ ...f, customers: _count.values })),
  };
}

export async function createTag(actor: Actor, input: z.output<typeof tagInput>): Promise<AdminResult> {
  requirePermission(actor, "admin.tags");
  return unlessTaken(
    () =>
      transact(async (tx) => {
        const tag = await tx.tag.create({ data: input });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "tag.create",
          entityType: "Tag",
          entityId: tag.id,
          data: input,
        });
      }),
    onField("name", "nameTaken"),
  );
}

export async function updateTag(actor: Actor, input: z.output<typeof tagUpdate>): Promise<AdminResult> {
  requirePermission(actor, "admin.tags");
  const { id, ...data } = input;
  const before = await db.tag.findUnique({ where: { id }, select: { name: true, nameEn: true, color: true } });
  if (!before) return refuse("notFound");
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => data[k] !== before[k]);
  if (changed.length === 0) return { ok: true };
  return unlessTaken(
    () =>
      transact(async (tx) => {
        await tx.tag.update({ where: { id }, data });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "tag.update",
          entityType: "Tag",
          entityId: id,
          data: { changed, before: { name: before.name }, after: { name: data.name } },
        });
      }),
    onField("name", "nameTaken"),
  );
}

/** Tags have no inactive state in the schema: removing one untags its customers (count audited). */
export async function deleteTag(actor: Actor, id: string): Promise<AdminResult> {
  requirePermission(actor, "admin.tags");
  return transact(async (tx) => {
    const tag = await tx.tag.findUnique({
      where: { id },
      select: { name: true, _count: { select: { customers: true } } },
    });
    if (!tag) throw refused("notFound");
    await tx.tag.delete({ where: { id } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "tag.delete",
      entityType: "Tag",
      entityId: id,
      data: { name: tag.name, customers: tag._count.customers },
    });
  });
}

export async function createField(actor: Actor, input: z.output<typeof fieldCreate>): Promise<AdminResult> {
  requirePermission(actor, "admin.tags");
  return unlessTaken(
    () =>
      transact(async (tx) => {
        const field = await tx.classificationField.create({ data: input });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "classificationField.create",
          entityType: "ClassificationField",
          entityId: field.id,
          data: input,
        });
      }),
    onField("key", "keyTaken"),
  );
}

/**
 * Renames, (de)activates, and edits the options of a SELECT field. An option still set on
 * customers cannot be removed (their values would no longer validate); key and type are fixed.
 */
export async function updateField(actor: Actor, input: z.output<typeof fieldUpdate>): Promise<AdminResult> {
  requirePermission(actor, "admin.tags");
  const { id, ...rest } = input;
  const before = await db.classificationField.findUnique({ where: { id } });
  if (!before) return refuse("notFound");
  const data = { ...rest, options: before.type === "SELECT" ? rest.options : [] };
  if (before.type === "SELECT") {
    if (data.options.length === 0) return onField("options", "optionsRequired");
    const removed = before.options.filter((o) => !data.options.includes(o));
    const inUse =
      removed.length > 0 ? await db.customerFieldValue.count({ where: { fieldId: id, value: { in: removed } } }) : 0;
    if (inUse > 0) return onField("options", "optionInUse");
  }
  const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
    (k) => JSON.stringify(data[k]) !== JSON.stringify(before[k]),
  );
  if (changed.length === 0) return { ok: true };
  return transact(async (tx) => {
    await tx.classificationField.update({ where: { id }, data });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "classificationField.update",
      entityType: "ClassificationField",
      entityId: id,
      data: { key: before.key, changed, active: data.active },
    });
  });
}
