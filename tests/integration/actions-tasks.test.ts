// Corrective actions (create from a complaint or a month, owner and lead transitions, scope, audit)
// and the follow-up task list (scope, mark done with a note, audit).
import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createAction, listActions, updateActionStatus } from "@/lib/data/complaints/corrective-actions";
import { completeTask, listTasks } from "@/lib/data/tasks/tasks";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";
import { makeAnalysedComplaint } from "../support/service-factories";

const TODAY = "2026-05-20";
const ids: Record<string, string> = {};

beforeAll(async () => {
  const city = await makeOrgUnit("CITY");
  const other = await makeOrgUnit("CITY");
  const lead = await makeUser({ orgUnitId: city.id, role: "SERVICE_LEAD" });
  const owner = await makeUser({ orgUnitId: city.id, role: "SERVICE" });
  const colleague = await makeUser({ orgUnitId: city.id, role: "SERVICE" });
  const manager = await makeUser({ orgUnitId: city.id, role: "MANAGER" });
  const inactive = await makeUser({ orgUnitId: city.id, role: "SERVICE", active: false });
  const otherLead = await makeUser({ orgUnitId: other.id, role: "SERVICE_LEAD" });
  const otherService = await makeUser({ orgUnitId: other.id, role: "SERVICE" });
  const outsider = await makeUser({ orgUnitId: other.id, role: "SERVICE" });
  const c = await makeCustomer({ orgUnitId: city.id });
  const k = await makeAnalysedComplaint({
    customerId: c.id,
    orgUnitId: city.id,
    registeredById: lead.id,
    receivedAt: "2026-05-01T02:00:00Z",
  });
  const kOther = await makeAnalysedComplaint({
    customerId: (await makeCustomer({ orgUnitId: other.id })).id,
    orgUnitId: other.id,
    registeredById: otherLead.id,
    receivedAt: "2026-05-01T02:00:00Z",
  });
  const task = await db.task.create({
    data: {
      kind: "LOW_SCORE_FOLLOW_UP",
      title: "满意度低分回访",
      orgUnitId: city.id,
      customerId: c.id,
      dueAt: new Date("2026-05-22T00:00:00Z"),
    },
  });
  await db.task.create({
    data: { kind: "CLAIM_FEEDBACK", title: "理赔回访", orgUnitId: city.id, status: "DONE", completedAt: new Date() },
  });
  Object.assign(ids, {
    city: city.id,
    lead: lead.id,
    owner: owner.id,
    colleague: colleague.id,
    manager: manager.id,
    inactive: inactive.id,
    otherLead: otherLead.id,
    otherService: otherService.id,
    outsider: outsider.id,
    complaint: k.id,
    otherComplaint: kOther.id,
    task: task.id,
  });
});

const actor = async (key: string) => (await loadActor(ids[key]!))!;
const base = { title: "加强理赔时效培训", ownerId: "", dueDate: "2026-06-30" };

describe("corrective actions", () => {
  it("a lead creates one from a complaint and one from a month; bad owners, sources and dates change nothing", async () => {
    const lead = await actor("lead");
    const fromComplaint = await createAction(lead, { ...base, ownerId: ids.owner!, complaintId: ids.complaint }, TODAY);
    expect(fromComplaint.ok).toBe(true);
    const fromMonth = await createAction(lead, { ...base, ownerId: ids.colleague!, month: "2026-04" }, TODAY);
    expect(fromMonth.ok).toBe(true);
    const before = await db.correctiveAction.count();
    expect(await createAction(lead, { ...base, ownerId: ids.inactive!, month: "2026-04" }, TODAY)).toEqual({
      ok: false,
      reason: "owner",
      fields: { ownerId: "owner" },
    });
    expect(await createAction(lead, { ...base, ownerId: ids.outsider!, month: "2026-04" }, TODAY)).toEqual({
      ok: false,
      reason: "owner",
      fields: { ownerId: "owner" },
    });
    // A manager is read-only on records, so never the owner who would move an action's status.
    expect(await createAction(lead, { ...base, ownerId: ids.manager!, month: "2026-04" }, TODAY)).toEqual({
      ok: false,
      reason: "owner",
      fields: { ownerId: "owner" },
    });
    expect(await createAction(lead, { ...base, ownerId: ids.owner!, complaintId: ids.otherComplaint }, TODAY)).toEqual({
      ok: false,
      reason: "source",
    });
    expect(
      await createAction(lead, { ...base, ownerId: ids.owner!, month: "2026-04", dueDate: "2026-05-19" }, TODAY),
    ).toEqual({ ok: false, reason: "dueDate", fields: { dueDate: "dueDate" } });
    await expect(
      createAction(await actor("owner"), { ...base, ownerId: ids.owner!, month: "2026-04" }, TODAY),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      createAction(await actor("manager"), { ...base, ownerId: ids.owner!, month: "2026-04" }, TODAY),
    ).rejects.toThrow(ForbiddenError);
    expect(await db.correctiveAction.count()).toBe(before);
    const created = await db.correctiveAction.findFirstOrThrow({ where: { complaintId: ids.complaint } });
    expect(created).toMatchObject({ orgUnitId: ids.city, ownerId: ids.owner, createdById: ids.lead, status: "OPEN" });
    expect(await db.auditLog.count({ where: { action: "correctiveAction.create", entityId: created.id } })).toBe(1);
  });

  it("the owner moves their own action forward but cannot cancel; the lead can; final states stay final", async () => {
    const a = await db.correctiveAction.findFirstOrThrow({ where: { complaintId: ids.complaint } });
    const owner = await actor("owner");
    expect(await updateActionStatus(owner, a.id, "CANCELLED")).toEqual({ ok: false, reason: "transition" });
    expect(await updateActionStatus(owner, a.id, "IN_PROGRESS")).toEqual({ ok: true, id: a.id });
    expect(await updateActionStatus(owner, a.id, "OPEN")).toEqual({ ok: false, reason: "transition" });
    expect(await updateActionStatus(owner, a.id, "DONE")).toEqual({ ok: true, id: a.id });
    expect((await db.correctiveAction.findUniqueOrThrow({ where: { id: a.id } })).completedAt).not.toBeNull();
    expect(await updateActionStatus(await actor("lead"), a.id, "CANCELLED")).toEqual({
      ok: false,
      reason: "transition",
    });
    expect(await db.auditLog.count({ where: { action: "correctiveAction.status", entityId: a.id } })).toBe(2);
    const b = await db.correctiveAction.findFirstOrThrow({ where: { month: "2026-04", ownerId: ids.colleague } });
    // Not the owner and not a lead: invisible. Another subtree's lead: invisible.
    expect(await updateActionStatus(owner, b.id, "IN_PROGRESS")).toEqual({ ok: false, reason: "notFound" });
    expect(await updateActionStatus(await actor("otherLead"), b.id, "CANCELLED")).toEqual({
      ok: false,
      reason: "notFound",
    });
    expect(await updateActionStatus(await actor("lead"), b.id, "CANCELLED")).toEqual({ ok: true, id: b.id });
  });

  it("lists: the lead and manager see the subtree's, an owner only theirs, overdue is flagged", async () => {
    expect((await listActions(await actor("lead"), {}, { today: TODAY })).total).toBe(2);
    expect((await listActions(await actor("manager"), {}, { today: TODAY })).total).toBe(2);
    const own = await listActions(await actor("owner"), {}, { today: TODAY });
    expect(own.rows.map((r) => r.owner.id)).toEqual([ids.owner]);
    expect((await listActions(await actor("otherLead"), {}, { today: TODAY })).total).toBe(0);
    await createAction(
      await actor("lead"),
      { ...base, ownerId: ids.owner!, month: "2026-05", dueDate: "2026-05-21" },
      TODAY,
    );
    const later = await listActions(await actor("lead"), { overdue: "1" }, { today: "2026-06-01" });
    expect(later.rows.map((r) => [r.dueDate, r.overdue])).toEqual([["2026-05-21", true]]);
    expect((await listActions(await actor("lead"), { status: "DONE" }, { today: TODAY })).total).toBe(1);
  });
});

describe("follow-up tasks", () => {
  it("service staff of the subtree see them, filtered by kind and status; another subtree sees none", async () => {
    const all = await listTasks(await actor("owner"), {});
    expect(all.total).toBe(2);
    expect(
      (await listTasks(await actor("owner"), { kind: "LOW_SCORE_FOLLOW_UP", status: "OPEN" })).rows.map((r) => r.id),
    ).toEqual([ids.task]);
    expect((await listTasks(await actor("otherService"), {})).rows.filter((r) => r.id === ids.task)).toHaveLength(0);
    expect(await completeTask(await actor("otherService"), ids.task!, "已回访")).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("marks one done with a note, audited, once; managers only read", async () => {
    await expect(completeTask(await actor("manager"), ids.task!, "已回访")).rejects.toThrow(ForbiddenError);
    expect(await completeTask(await actor("owner"), ids.task!, "已电话回访，客户接受解释")).toEqual({ ok: true });
    expect(await completeTask(await actor("owner"), ids.task!, "再次")).toEqual({ ok: false, reason: "notOpen" });
    const row = (await listTasks(await actor("owner"), { kind: "LOW_SCORE_FOLLOW_UP" })).rows[0]!;
    expect(row).toMatchObject({ status: "DONE", note: "已电话回访，客户接受解释" });
    expect(await db.auditLog.count({ where: { action: "task.complete", entityId: ids.task } })).toBe(1);
  });
});
