import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createCustomer, updateCustomer } from "@/lib/data/customers/write";
import { customerForEdit } from "@/lib/data/customers/form-definitions";
import { mergeCustomers, mergePreview, mergeSuggestions } from "@/lib/data/customers/merge";
import { duplicatePairs } from "@/lib/data/customers/duplicates";
import { idNumberCheckChar } from "@/lib/domain/identity";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makeField, makeHistory, makeTag } from "../support/customer-history";

let serial = 0;
/** A fresh checksum-valid ID (male, born 1985-06-15) and mobile per call. */
function identity() {
  serial += 1;
  const seq = String(100 + (serial % 800)).padStart(3, "0");
  const region = String(110101 + Math.floor(Math.random() * 8000));
  const first17 = `${region}19850615${seq.slice(0, 2)}${[1, 3, 5, 7, 9][serial % 5]}`;
  return {
    idNumber: first17 + idNumberCheckChar(first17),
    mobile: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
  };
}

const auditsOf = (entityId: string, action: string) =>
  db.auditLog.findMany({ where: { entityId, action }, orderBy: { id: "asc" } });

describe("customer create and edit", () => {
  let city: { id: string };
  let otherCity: { id: string };
  let agent: Actor;
  let otherAgent: Actor;
  let service: Actor;

  beforeAll(async () => {
    const province = await makeOrgUnit("PROVINCE");
    city = await makeOrgUnit("CITY", province.id);
    otherCity = await makeOrgUnit("CITY", province.id);
    agent = (await loadActor((await makeUser({ orgUnitId: city.id, role: "AGENT" })).id))!;
    otherAgent = (await loadActor((await makeUser({ orgUnitId: otherCity.id, role: "AGENT" })).id))!;
    service = (await loadActor((await makeUser({ orgUnitId: city.id, role: "SERVICE" })).id))!;
  });

  it("rejects an invalid ID with an error on the field and writes nothing", async () => {
    const name = `无效客户${Date.now()}`;
    const result = await createCustomer(agent, { kind: "INDIVIDUAL", name, idNumber: "110105194912310021" });
    expect(result).toEqual({ ok: false, reason: "invalid", fields: { idNumber: ["idNumber.checksum"] } });
    expect(await db.customer.count({ where: { name } })).toBe(0);
  });

  it("creates an agent's customer in their unit, classified, with an audit entry without clear identifiers", async () => {
    const id = identity();
    const result = await createCustomer(agent, {
      kind: "INDIVIDUAL",
      name: "新客户甲",
      idNumber: id.idNumber,
      mobile: id.mobile,
      birthDate: "",
      gender: "",
      prospectSource: "REFERRAL",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.customer.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({
      agentId: agent.id,
      orgUnitId: city.id,
      gender: "MALE",
      isInsured: false,
      lifecycleStage: "POTENTIAL",
      version: 1,
    });
    expect(row.birthDate?.toISOString().slice(0, 10)).toBe("1985-06-15");
    expect(row.customerNo).toMatch(/^KH\d{11}$/);
    expect(row.classifiedAt).not.toBeNull();
    const [audit] = await auditsOf(result.id, "customer.create");
    expect(audit?.actorId).toBe(agent.id);
    expect(audit?.data).toMatchObject({ fields: expect.arrayContaining(["idNumber", "mobile", "name"]) });
    expect(JSON.stringify(audit?.data)).not.toContain(id.idNumber);
    expect(JSON.stringify(audit?.data)).not.toContain(id.mobile);
  });

  it("makes service staff place a new customer in a unit of their subtree", async () => {
    const input = { kind: "INDIVIDUAL", name: "客服录入" } as const;
    expect(await createCustomer(service, input)).toMatchObject({
      reason: "invalid",
      fields: { orgUnitId: ["required"] },
    });
    const outside = await makeOrgUnit("CITY");
    expect(await createCustomer(service, input, { orgUnitId: outside.id })).toMatchObject({
      reason: "invalid",
      fields: { orgUnitId: ["invalidOption"] },
    });
    const result = await createCustomer(service, input, { orgUnitId: city.id });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(await db.customer.findUnique({ where: { id: result.id } })).toMatchObject({
        agentId: null,
        orgUnitId: city.id,
      });
  });

  it("refuses a manager (read-only) to create", async () => {
    const manager = (await loadActor((await makeUser({ orgUnitId: city.id, role: "MANAGER" })).id))!;
    await expect(createCustomer(manager, { kind: "INDIVIDUAL", name: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("does not let an agent edit another agent's customer", async () => {
    const theirs = await makeCustomer({ orgUnitId: otherCity.id, agentId: otherAgent.id });
    const result = await updateCustomer(agent, theirs.id, theirs.version, { kind: "INDIVIDUAL", name: "改名" });
    expect(result).toEqual({ ok: false, reason: "notFound" });
    expect((await db.customer.findUniqueOrThrow({ where: { id: theirs.id } })).name).toBe(theirs.name);
  });

  it("lets the first of two editors with the same version win; the second gets a conflict", async () => {
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    const base = { kind: "INDIVIDUAL", name: mine.name } as const;
    const first = await updateCustomer(agent, mine.id, mine.version, { ...base, nativePlace: "北京" });
    expect(first).toEqual({ ok: true, id: mine.id });
    const second = await updateCustomer(agent, mine.id, mine.version, {
      ...base,
      nativePlace: "上海",
      education: "本科",
    });
    expect(second).toEqual({ ok: false, reason: "conflict" });
    const row = await db.customer.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row).toMatchObject({ nativePlace: "北京", education: null, version: mine.version + 1 });
    const audits = await auditsOf(mine.id, "customer.update");
    expect(audits).toHaveLength(1);
    expect(audits[0]?.data).toMatchObject({ changed: ["nativePlace"] });
  });

  it("refuses a version that moved on after the form was read", async () => {
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    await db.customer.update({ where: { id: mine.id }, data: { version: { increment: 1 } } });
    const result = await updateCustomer(agent, mine.id, mine.version, { kind: "INDIVIDUAL", name: "并发" });
    expect(result).toEqual({ ok: false, reason: "conflict" });
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    const results = await Promise.all(
      ["甲", "乙"].map((v) =>
        updateCustomer(agent, mine.id, mine.version, { kind: "INDIVIDUAL", name: mine.name, nativePlace: v }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "conflict" }]);
    const row = await db.customer.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row.version).toBe(mine.version + 1);
    expect(await db.auditLog.count({ where: { entityId: mine.id, action: "customer.update" } })).toBe(1);
  });

  it("keeps masked identifiers that were not resubmitted and never logs their values", async () => {
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    const newMobile = identity().mobile;
    const result = await updateCustomer(agent, mine.id, mine.version, {
      kind: "INDIVIDUAL",
      name: mine.name,
      mobile: newMobile,
    });
    expect(result.ok).toBe(true);
    const row = await db.customer.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row.idNumber).toBe(mine.idNumber);
    expect(row.mobile).toBe(newMobile);
    const [audit] = await auditsOf(mine.id, "customer.update");
    expect(audit?.data).toMatchObject({ changed: ["mobile"] });
    expect(JSON.stringify(audit?.data)).not.toContain(newMobile);
  });

  it("shows the fax masked on edit and keeps it when the form does not resubmit it", async () => {
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    await db.customer.update({ where: { id: mine.id }, data: { fax: "010-62345678" } });
    const form = await customerForEdit(agent, mine.id);
    expect(form!.masked.fax).toBe("********5678");
    expect(form!.values.fax).toBeUndefined();
    expect(JSON.stringify(form)).not.toContain("62345678");
    const result = await updateCustomer(agent, mine.id, mine.version, { kind: "INDIVIDUAL", name: "改名客户" });
    expect(result.ok).toBe(true);
    const row = await db.customer.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row).toMatchObject({ name: "改名客户", fax: "010-62345678" });
  });

  it("sets tags and classification values, validated against the field", async () => {
    const tag = await makeTag();
    const field = await makeField("SELECT", ["甲", "乙"]);
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    const base = { kind: "INDIVIDUAL", name: mine.name } as const;
    expect(await updateCustomer(agent, mine.id, mine.version, { ...base, fieldValues: { [field.id]: "丙" } })).toEqual({
      ok: false,
      reason: "invalid",
      fields: { [`cf.${field.id}`]: ["field.option"] },
    });
    const ok = await updateCustomer(agent, mine.id, mine.version, {
      ...base,
      tags: [tag.id],
      fieldValues: { [field.id]: "乙" },
    });
    expect(ok.ok).toBe(true);
    expect(await db.customerTag.count({ where: { customerId: mine.id, tagId: tag.id } })).toBe(1);
    expect(await db.customerFieldValue.findFirst({ where: { customerId: mine.id, fieldId: field.id } })).toMatchObject({
      value: "乙",
    });
    const [audit] = await auditsOf(mine.id, "customer.update");
    expect(audit?.data).toMatchObject({ tagsAdded: [tag.id], customFields: [field.key] });
  });
});

describe("duplicate detection", () => {
  let city: { id: string };
  let agent: Actor;
  let otherAgent: Actor;

  beforeAll(async () => {
    city = await makeOrgUnit("CITY");
    agent = (await loadActor((await makeUser({ orgUnitId: city.id, role: "AGENT" })).id))!;
    otherAgent = (await loadActor((await makeUser({ orgUnitId: city.id, role: "AGENT" })).id))!;
  });

  it("warns with a link to the actor's own record and saves only after confirmation", async () => {
    const id = identity();
    const first = await createCustomer(agent, { kind: "INDIVIDUAL", name: "重复甲", ...id });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = await createCustomer(agent, { kind: "INDIVIDUAL", name: "重复甲", idNumber: id.idNumber });
    expect(again).toMatchObject({
      ok: false,
      reason: "duplicate",
      extra: { duplicates: [{ visible: true, id: first.id, name: "重复甲", matchedOn: ["idNumber"] }] },
    });
    expect(await db.customer.count({ where: { idNumber: id.idNumber } })).toBe(1);
    const confirmed = await createCustomer(
      agent,
      { kind: "INDIVIDUAL", name: "重复甲", idNumber: id.idNumber },
      { confirmDuplicate: true },
    );
    expect(confirmed.ok).toBe(true);
    expect(await db.customer.count({ where: { idNumber: id.idNumber } })).toBe(2);
  });

  it("says a record exists under another agent without revealing it", async () => {
    const id = identity();
    const theirs = await createCustomer(otherAgent, { kind: "INDIVIDUAL", name: "别人的客户", ...id });
    expect(theirs.ok).toBe(true);
    const mine = await createCustomer(agent, { kind: "INDIVIDUAL", name: "我的客户", mobile: id.mobile });
    expect(mine).toEqual({
      ok: false,
      reason: "duplicate",
      extra: { duplicates: [{ visible: false, matchedOn: ["mobile"] }] },
    });
  });

  it("checks on edit only when the ID or mobile changes, and ignores merged records", async () => {
    const id = identity();
    const other = await createCustomer(agent, { kind: "INDIVIDUAL", name: "已有", ...id });
    const mine = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    if (!other.ok) throw new Error("setup");
    const base = { kind: "INDIVIDUAL", name: mine.name } as const;
    expect(await updateCustomer(agent, mine.id, mine.version, { ...base, mobile: id.mobile })).toMatchObject({
      reason: "duplicate",
      extra: { duplicates: [{ visible: true, id: other.id, matchedOn: ["mobile"] }] },
    });
    // Unchanged identifiers are not checked again, even though the factory's ID is shared.
    expect((await updateCustomer(agent, mine.id, mine.version, { ...base, mobile: mine.mobile })).ok).toBe(true);
    await db.customer.update({ where: { id: other.id }, data: { mergedIntoId: mine.id } });
    expect((await updateCustomer(agent, mine.id, mine.version + 1, { ...base, mobile: id.mobile })).ok).toBe(true);
  });
});

describe("merge", () => {
  let city: { id: string };
  let lead: Actor;
  let service: Actor;
  let agent: Actor;

  beforeAll(async () => {
    city = await makeOrgUnit("CITY");
    lead = (await loadActor((await makeUser({ orgUnitId: city.id, role: "SERVICE_LEAD" })).id))!;
    service = (await loadActor((await makeUser({ orgUnitId: city.id, role: "SERVICE" })).id))!;
    agent = (await loadActor((await makeUser({ orgUnitId: city.id, role: "AGENT" })).id))!;
  });

  it("moves every related row to the target, fills its empty fields and marks the source merged", async () => {
    const source = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    await db.customer.update({ where: { id: source.id }, data: { email: "src@example.cn", homeAddress: "海淀区1号" } });
    const target = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    await db.customer.update({ where: { id: target.id }, data: { homeAddress: "朝阳区2号" } });
    const employee = await makeCustomer({ orgUnitId: city.id });
    await db.customer.update({ where: { id: employee.id }, data: { employerId: source.id } });
    const h = await makeHistory({ customerId: source.id, orgUnitId: city.id, userId: lead.id, agentId: agent.id });
    const field = await makeField("TEXT", []);
    await db.customerFieldValue.create({ data: { customerId: source.id, fieldId: field.id, value: "来自源" } });

    const preview = await mergePreview(lead, source.id, target.id);
    expect(preview?.problem).toBeNull();
    expect(preview?.source.counts).toMatchObject({
      policies: 1,
      claims: 1,
      complaints: 1,
      visits: 1,
      surveys: 1,
      communications: 1,
      family: 1,
      tags: 1,
      fieldValues: 1,
      employees: 1,
      insuredIn: 1,
    });
    expect(preview?.fills.map((f) => f.field)).toEqual(["email"]);

    const [sv, tv] = await Promise.all([
      db.customer.findUniqueOrThrow({ where: { id: source.id } }),
      db.customer.findUniqueOrThrow({ where: { id: target.id } }),
    ]);
    const result = await mergeCustomers(lead, {
      sourceId: source.id,
      targetId: target.id,
      sourceVersion: sv.version,
      targetVersion: tv.version,
    });
    expect(result).toEqual({ ok: true });

    const t = target.id;
    expect(await db.policy.findUnique({ where: { id: h.policy.id } })).toMatchObject({ customerId: t });
    expect(await db.policyInsured.findUnique({ where: { id: h.insured.id } })).toMatchObject({ customerId: t });
    expect(await db.claim.findUnique({ where: { id: h.claim.id } })).toMatchObject({ customerId: t });
    expect(await db.complaint.findUnique({ where: { id: h.complaint.id } })).toMatchObject({ customerId: t });
    expect(await db.visit.findUnique({ where: { id: h.visit.id } })).toMatchObject({ customerId: t });
    expect(await db.survey.findUnique({ where: { id: h.survey.id } })).toMatchObject({ customerId: t });
    expect(await db.communication.findUnique({ where: { id: h.communication.id } })).toMatchObject({ customerId: t });
    expect(await db.familyMember.findUnique({ where: { id: h.family.id } })).toMatchObject({ customerId: t });
    expect(await db.customerTag.count({ where: { customerId: t, tagId: h.tag.id } })).toBe(1);
    expect(await db.customerTag.count({ where: { customerId: source.id } })).toBe(0);
    expect(await db.customerFieldValue.findFirst({ where: { customerId: t, fieldId: field.id } })).toMatchObject({
      value: "来自源",
    });
    expect(await db.customer.findUnique({ where: { id: employee.id } })).toMatchObject({ employerId: t });

    const [mergedSource, survivor] = await Promise.all([
      db.customer.findUniqueOrThrow({ where: { id: source.id } }),
      db.customer.findUniqueOrThrow({ where: { id: t } }),
    ]);
    expect(mergedSource).toMatchObject({ mergedIntoId: t, version: sv.version + 1 });
    // Empty fields filled from the source, the target's own values kept; classification recomputed.
    expect(survivor).toMatchObject({
      email: "src@example.cn",
      homeAddress: "朝阳区2号",
      version: tv.version + 1,
      isInsured: true,
      vipTier: "GOLD",
    });
    expect(survivor.claimsLast12m).toBe(1);

    const sourceAudit = await auditsOf(source.id, "customer.merge");
    const targetAudit = await auditsOf(t, "customer.merge");
    expect(sourceAudit).toHaveLength(1);
    expect(targetAudit).toHaveLength(1);
    expect(targetAudit[0]?.data).toMatchObject({
      from: source.id,
      filled: ["email"],
      moved: { policies: 1, claims: 1 },
    });
    expect(JSON.stringify(targetAudit[0]?.data)).not.toContain("src@example.cn");
  });

  it("refuses a merge by a non-lead, into itself, into a merged record, or with stale versions", async () => {
    const a = await makeCustomer({ orgUnitId: city.id });
    const b = await makeCustomer({ orgUnitId: city.id });
    const input = { sourceId: a.id, targetId: b.id, sourceVersion: a.version, targetVersion: b.version };
    await expect(mergeCustomers(service, input)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(mergeCustomers(agent, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await mergeCustomers(lead, { ...input, targetId: a.id })).toEqual({ ok: false, reason: "same" });
    expect(await mergeCustomers(lead, { ...input, targetVersion: b.version + 5 })).toEqual({
      ok: false,
      reason: "conflict",
    });

    const c = await makeCustomer({ orgUnitId: city.id });
    await db.customer.update({ where: { id: c.id }, data: { mergedIntoId: b.id } });
    expect(await mergeCustomers(lead, { ...input, targetId: c.id, targetVersion: c.version })).toEqual({
      ok: false,
      reason: "alreadyMerged",
    });
    expect((await mergePreview(lead, a.id, c.id))?.problem).toBe("alreadyMerged");
    expect(await db.customer.findUnique({ where: { id: a.id } })).toMatchObject({
      mergedIntoId: null,
      version: a.version,
    });
  });

  it("moves a corporate profile to a target that has none", async () => {
    const source = await makeCustomer({ orgUnitId: city.id, kind: "CORPORATE" });
    const target = await makeCustomer({ orgUnitId: city.id, kind: "CORPORATE" });
    await db.corporateProfile.create({
      data: { customerId: source.id, legalRepresentative: "法人甲", industry: "建筑业" },
    });
    const result = await mergeCustomers(lead, {
      sourceId: source.id,
      targetId: target.id,
      sourceVersion: 1,
      targetVersion: 1,
    });
    expect(result).toEqual({ ok: true });
    expect(await db.corporateProfile.findUnique({ where: { customerId: target.id } })).toMatchObject({
      legalRepresentative: "法人甲",
    });
    expect(await db.corporateProfile.count({ where: { customerId: source.id } })).toBe(0);
  });

  it("lists duplicate pairs in the lead's scope, prospect into insured, and suggests targets", async () => {
    const id = identity();
    const insured = await makeCustomer({ orgUnitId: city.id, agentId: agent.id });
    const prospect = await makeCustomer({ orgUnitId: city.id });
    const merged = await makeCustomer({ orgUnitId: city.id });
    await db.customer.update({ where: { id: insured.id }, data: { ...id, isInsured: true } });
    await db.customer.update({ where: { id: prospect.id }, data: { idNumber: id.idNumber } });
    await db.customer.update({ where: { id: merged.id }, data: { idNumber: id.idNumber, mergedIntoId: insured.id } });
    const elsewhere = await makeOrgUnit("CITY");
    const outside = await makeCustomer({ orgUnitId: elsewhere.id });
    await db.customer.update({ where: { id: outside.id }, data: { idNumber: id.idNumber } });

    const { pairs } = await duplicatePairs(lead);
    const pair = pairs.find((p) => p.target.id === insured.id);
    expect(pair).toMatchObject({ matchedOn: "idNumber", source: { id: prospect.id }, target: { id: insured.id } });
    expect(pair?.source.idNumber).toMatch(/^\d{3}\*+[\dX]{4}$/);
    expect(
      pairs.some(
        (p) => [p.source.id, p.target.id].includes(outside.id) || [p.source.id, p.target.id].includes(merged.id),
      ),
    ).toBe(false);
    expect((await mergeSuggestions(lead, prospect.id)).map((m) => m.id)).toContain(insured.id);
    await expect(duplicatePairs(agent)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("does not merge records outside the lead's subtree", async () => {
    const elsewhere = await makeOrgUnit("CITY");
    const a = await makeCustomer({ orgUnitId: city.id });
    const b = await makeCustomer({ orgUnitId: elsewhere.id });
    expect(await mergeCustomers(lead, { sourceId: a.id, targetId: b.id, sourceVersion: 1, targetVersion: 1 })).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await mergePreview(lead, a.id, b.id)).toBeNull();
  });
});
