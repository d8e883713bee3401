import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { customerScope } from "@/lib/auth/scope";
import type { FieldDefinition } from "@/lib/domain/custom-fields";
import { isSensitiveField, PROFILE_FIELDS } from "@/lib/domain/customer-profile";
import { maskIdNumber, maskPhone } from "@/lib/domain/identity";

// What the create / edit form needs: tag and classification-field definitions, the org units a
// service user may place a new customer in, and the record being edited (identifiers masked).

export type FormField = FieldDefinition & { label: string; labelEn: string | null };
export type FormTag = { id: string; name: string; nameEn: string | null; color: string };

/** Active classification fields and existing tags: what the schema validates against. */
export async function loadFormDefinitions(): Promise<{ fields: FormField[]; tagIds: Set<string>; tags: FormTag[] }> {
  const [fields, tags] = await Promise.all([
    db.classificationField.findMany({
      where: { active: true },
      orderBy: { createdAt: "asc" },
      select: { id: true, key: true, label: true, labelEn: true, type: true, options: true },
    }),
    db.tag.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, nameEn: true, color: true } }),
  ]);
  return { fields, tags, tagIds: new Set(tags.map((t) => t.id)) };
}

export async function formOptions(actor: Actor, purpose: "create" | "update") {
  requirePermission(actor, purpose === "create" ? "customer.create" : "customer.update");
  const [{ fields, tags }, orgUnits] = await Promise.all([
    loadFormDefinitions(),
    // Agents' customers belong to the agent's unit; service staff choose a city unit of their subtree.
    actor.role === "AGENT" || purpose === "update"
      ? Promise.resolve([])
      : db.orgUnit.findMany({
          where: { id: { in: actor.orgUnitIds }, level: "CITY" },
          orderBy: { code: "asc" },
          select: { id: true, name: true, nameEn: true },
        }),
  ]);
  return { fields, tags, orgUnits };
}

export type EditableCustomer = NonNullable<Awaited<ReturnType<typeof customerForEdit>>>;

/** The record as the edit form shows it; null when missing or outside the actor's scope. */
export async function customerForEdit(actor: Actor, id: string) {
  requirePermission(actor, "customer.update");
  if (!z.uuid().safeParse(id).success) return null;
  const c = await db.customer.findFirst({
    where: { id, ...customerScope(actor) },
    include: {
      tags: { select: { tagId: true } },
      fieldValues: { select: { fieldId: true, value: true } },
      orgUnit: { select: { name: true, nameEn: true } },
      agent: { select: { name: true } },
    },
  });
  if (!c) return null;
  const values: Record<string, string> = { kind: c.kind, name: c.name };
  const masked: Record<string, string> = {};
  for (const f of PROFILE_FIELDS) {
    const v = c[f];
    if (v === null) continue;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    // Identifiers never reach the browser in clear: the form shows them masked until replaced.
    if (isSensitiveField(f)) masked[f] = f === "idNumber" ? maskIdNumber(s) : maskPhone(s);
    else values[f] = s;
  }
  return {
    id: c.id,
    customerNo: c.customerNo,
    version: c.version,
    values,
    masked,
    tags: c.tags.map((t) => t.tagId),
    fieldValues: Object.fromEntries(c.fieldValues.map((v) => [v.fieldId, v.value])),
    orgUnit: c.orgUnit,
    agentName: c.agent?.name ?? null,
  };
}
