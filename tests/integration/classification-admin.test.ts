import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createField, createTag, deleteTag, updateField, updateTag } from "@/lib/data/admin/classification";
import { fieldCreate, fieldUpdate, tagInput } from "@/lib/validation/classification";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const unique = () => randomUUID().slice(0, 6);

describe("ADMIN tags and classification fields", () => {
  let admin: Actor;
  let lead: Actor;
  let orgUnitId: string;

  beforeAll(async () => {
    const unit = await makeOrgUnit("HEAD");
    orgUnitId = unit.id;
    admin = (await loadActor((await makeUser({ orgUnitId, role: "ADMIN" })).id))!;
    lead = (await loadActor((await makeUser({ orgUnitId, role: "SERVICE_LEAD" })).id))!;
  });

  it("creates and renames a tag with audit entries, refusing a taken name", async () => {
    const name = `标签${unique()}`;
    expect(await createTag(admin, tagInput.parse({ name, color: "amber" }))).toEqual({ ok: true });
    const tag = await db.tag.findUniqueOrThrow({ where: { name } });
    expect(await createTag(admin, tagInput.parse({ name, color: "sky" }))).toEqual({
      ok: false,
      reason: "nameTaken",
      fields: { name: ["nameTaken"] },
    });

    const renamed = `改名${unique()}`;
    expect(await updateTag(admin, { id: tag.id, name: renamed, nameEn: "Renamed", color: "amber" })).toEqual({
      ok: true,
    });
    expect(await db.tag.findUnique({ where: { id: tag.id } })).toMatchObject({ name: renamed, nameEn: "Renamed" });
    const audits = await db.auditLog.findMany({ where: { entityId: tag.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["tag.create", "tag.update"]);
    expect(audits[1]?.data).toMatchObject({ changed: ["name", "nameEn"], before: { name }, after: { name: renamed } });
  });

  it("deletes a tag, untagging its customers, and records how many", async () => {
    const name = `删除${unique()}`;
    await createTag(admin, tagInput.parse({ name, color: "slate" }));
    const tag = await db.tag.findUniqueOrThrow({ where: { name } });
    const customer = await makeCustomer({ orgUnitId });
    await db.customerTag.create({ data: { customerId: customer.id, tagId: tag.id } });
    expect(await deleteTag(admin, tag.id)).toEqual({ ok: true });
    expect(await db.customerTag.count({ where: { tagId: tag.id } })).toBe(0);
    const audit = await db.auditLog.findFirst({ where: { entityId: tag.id, action: "tag.delete" } });
    expect(audit?.data).toMatchObject({ name, customers: 1 });
  });

  it("creates a SELECT field, keeps options in use and deactivates it", async () => {
    const key = `f${unique()}`;
    const invalid = fieldCreate.safeParse({ key, label: "爱好", type: "SELECT", options: "" });
    expect(invalid.success).toBe(false);
    expect(
      await createField(admin, fieldCreate.parse({ key, label: "爱好", type: "SELECT", options: "高尔夫\n旅游" })),
    ).toEqual({ ok: true });
    expect(await createField(admin, fieldCreate.parse({ key, label: "重复", type: "TEXT" }))).toEqual({
      ok: false,
      reason: "keyTaken",
      fields: { key: ["keyTaken"] },
    });
    const field = await db.classificationField.findUniqueOrThrow({ where: { key } });
    expect(field.options).toEqual(["高尔夫", "旅游"]);

    const customer = await makeCustomer({ orgUnitId });
    await db.customerFieldValue.create({ data: { customerId: customer.id, fieldId: field.id, value: "旅游" } });
    const dropInUse = fieldUpdate.parse({ id: field.id, label: "爱好", options: "高尔夫", active: "on" });
    expect(await updateField(admin, dropInUse)).toEqual({
      ok: false,
      reason: "optionInUse",
      fields: { options: ["optionInUse"] },
    });

    const deactivate = fieldUpdate.parse({ id: field.id, label: "兴趣", options: "高尔夫,旅游,摄影" });
    expect(await updateField(admin, deactivate)).toEqual({ ok: true });
    expect(await db.classificationField.findUnique({ where: { id: field.id } })).toMatchObject({
      label: "兴趣",
      active: false,
      options: ["高尔夫", "旅游", "摄影"],
    });
    const audit = await db.auditLog.findFirst({ where: { entityId: field.id, action: "classificationField.update" } });
    expect(audit?.data).toMatchObject({ changed: ["label", "options", "active"], active: false });
  });

  it("is for ADMIN only", async () => {
    await expect(createTag(lead, tagInput.parse({ name: `x${unique()}`, color: "slate" }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      createField(lead, fieldCreate.parse({ key: `k${unique()}`, label: "x", type: "TEXT" })),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
