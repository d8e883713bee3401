import { beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { escalateComplaint, runComplaintEscalation } from "@/lib/data/complaints/escalation";
import { getComplaint } from "@/lib/data/complaints/detail";
import { listNotifications, markRead, unreadCount } from "@/lib/data/notifications/notifications";
import { makeCustomer, makeOrgUnit, makeUser } from "../support/factories";

const H = 3_600_000;
let seq = 0;

describe("complaint escalation job", () => {
  // A fixed instant, the job's clock: 23:30 on 28 Feb 2027 in Shanghai (15:30 UTC), the month's last day.
  const now = new Date("2027-02-28T15:30:00Z");
  let head: { id: string };
  let province: { id: string };
  let city: { id: string };
  let owner: { id: string };
  let lead: { id: string };
  let customer: { id: string };

  /** A complaint received `ageH` hours before `now`, with 48 h / 72 h deadlines. */
  const complaint = (
    ageH: number,
    extra: { firstResponseAfterH?: number; resolvedAfterH?: number; closed?: boolean; ownerId?: string | null } = {},
  ) => {
    const at = new Date(now.getTime() - ageH * H);
    const plus = (h?: number) => (h === undefined ? null : new Date(at.getTime() + h * H));
    return db.complaint.create({
      data: {
        complaintNo: `ESC${Date.now()}${++seq}`,
        customerId: customer.id,
        orgUnitId: city.id,
        ownerId: extra.ownerId === undefined ? owner.id : extra.ownerId,
        registeredById: owner.id,
        channel: "HOTLINE",
        category: "SERVICE_ATTITUDE",
        description: "升级测试投诉",
        status: extra.closed ? "CLOSED" : extra.firstResponseAfterH !== undefined ? "VERIFIED" : "RECEIVED",
        receivedAt: at,
        responseDueAt: plus(48)!,
        resolutionDueAt: plus(72)!,
        firstResponseAt: plus(extra.firstResponseAfterH),
        resolvedAt: plus(extra.resolvedAfterH),
        closedAt: extra.closed ? plus(extra.resolvedAfterH ?? 1) : null,
      },
    });
  };
  const state = (id: string) =>
    db.complaint.findUniqueOrThrow({
      where: { id },
      select: {
        escalationLevel: true,
        escalatedToId: true,
        responseBreached: true,
        resolutionBreached: true,
        events: { where: { type: "ESCALATE" } },
      },
    });

  beforeAll(async () => {
    head = await makeOrgUnit("HEAD");
    province = await makeOrgUnit("PROVINCE", head.id);
    city = await makeOrgUnit("CITY", province.id);
    lead = await makeUser({ orgUnitId: province.id, role: "SERVICE_LEAD" });
    owner = await makeUser({ orgUnitId: city.id, role: "SERVICE" });
    await db.user.update({ where: { id: owner.id }, data: { leadId: lead.id } });
    customer = await makeCustomer({ orgUnitId: city.id });
  });

  it("escalates exactly the breached complaints, once per level, and notifies the owner's lead", async () => {
    const responseLate = await complaint(50);
    const fresh = await complaint(10);
    const respondedInTime = await complaint(60, { firstResponseAfterH: 5 });
    const resolvedLate = await complaint(100, { firstResponseAfterH: 50, resolvedAfterH: 80 });
    const closedLate = await complaint(100, { closed: true, firstResponseAfterH: 50, resolvedAfterH: 90 });
    const unowned = await complaint(50, { ownerId: null });
    expect(await db.notification.count({ where: { userId: lead.id } })).toBe(0);

    // The file's own database holds only these complaints: the run escalates exactly the two.
    const first = await runComplaintEscalation(now);
    expect(first.escalated).toBe(2);
    const second = await runComplaintEscalation(now);
    const third = await runComplaintEscalation(new Date(now.getTime() + 60_000));

    for (const c of [responseLate, unowned]) {
      const s = await state(c.id);
      expect(s.responseBreached).toBe(true);
      expect(s.resolutionBreached).toBe(false);
      expect([s.escalationLevel, s.escalatedToId]).toEqual(["PROVINCE", province.id]);
      expect(s.events).toHaveLength(1);
      expect(s.events[0]!.data).toMatchObject({ fromLevel: "CITY", toLevel: "PROVINCE", reason: "SLA_BREACH" });
    }
    // Not breached yet: untouched. Resolved or closed (even late): breaches marked, no escalation.
    expect(await state(fresh.id)).toMatchObject({ escalationLevel: null, responseBreached: false, events: [] });
    expect(await state(respondedInTime.id)).toMatchObject({
      escalationLevel: null,
      responseBreached: false,
      events: [],
    });
    expect((await state(resolvedLate.id)).escalationLevel).toBeNull();
    expect((await state(closedLate.id)).events).toEqual([]);
    // The second run at the same instant finds nothing to do.
    expect(second.escalated).toBe(0);
    expect(third.escalated).toBe(0);
    // One notification per escalation: the owner's lead for the owned complaint, and for the unowned
    // one the service leads of the unit it escalated to (here the same lead, at the province).
    expect(await db.notification.count({ where: { userId: lead.id } })).toBe(2);
    expect(await db.notification.count({ where: { userId: lead.id, link: `/complaints/${unowned.id}` } })).toBe(1);
    const n = await db.notification.findFirstOrThrow({
      where: { userId: lead.id, link: `/complaints/${responseLate.id}` },
    });
    expect(n.kind).toBe("COMPLAINT_ESCALATED");
    expect(n.title).toContain(responseLate.complaintNo);
    expect(await db.auditLog.count({ where: { entityId: responseLate.id, action: "complaint.escalate" } })).toBe(1);
  });

  it("climbs one further level per escalation step while unresolved, and stops at head office", async () => {
    // Breached 152 h ago: due for levels far beyond the tree; one level per run, never past HEAD.
    const old = await complaint(200);
    await runComplaintEscalation(now);
    expect((await state(old.id)).escalationLevel).toBe("PROVINCE");
    await runComplaintEscalation(now);
    expect(await state(old.id)).toMatchObject({ escalationLevel: "HEAD", escalatedToId: head.id });
    await runComplaintEscalation(now);
    const s = await state(old.id);
    expect(s.events.map((e) => (e.data as { toLevel: string }).toLevel).sort()).toEqual(["HEAD", "PROVINCE"]);

    // Breached 10 h ago: level 1 only until 48 h after the breach.
    const recent = await complaint(58);
    await runComplaintEscalation(now);
    await runComplaintEscalation(now);
    expect((await state(recent.id)).escalationLevel).toBe("PROVINCE");
    await runComplaintEscalation(new Date(now.getTime() + 39 * H));
    expect((await state(recent.id)).escalationLevel).toBe("HEAD");
  });

  it("lets the lead escalate by hand, not service staff; shows it in the history", async () => {
    const c = await complaint(1);
    const leadActor = (await loadActor(lead.id)) as Actor;
    const ownerActor = (await loadActor(owner.id)) as Actor;
    await expect(escalateComplaint(ownerActor, { complaintId: c.id, reason: "客户情绪激动" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await escalateComplaint(leadActor, { complaintId: c.id, reason: "" })).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    expect(await escalateComplaint(leadActor, { complaintId: c.id, reason: "客户情绪激动" })).toEqual({ ok: true });
    const detail = await getComplaint(ownerActor, c.id);
    expect(detail?.escalationLevel).toBe("PROVINCE");
    expect(detail?.events.filter((e) => e.type === "ESCALATE")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: c.id, action: "complaint.escalate" } })).toBe(1);
  });

  it("lists a user's own notifications and marks them read", async () => {
    const leadActor = (await loadActor(lead.id)) as Actor;
    const ownerActor = (await loadActor(owner.id)) as Actor;
    const unread = await unreadCount(leadActor);
    expect(unread).toBeGreaterThan(0);
    const list = await listNotifications(leadActor, { unread: "1" });
    expect(list.rows.every((r) => r.readAt === null)).toBe(true);
    // Someone else cannot mark them.
    expect(await markRead(ownerActor, list.rows[0]!.id)).toEqual({ ok: true, count: 0 });
    expect(await markRead(leadActor, list.rows[0]!.id)).toEqual({ ok: true, count: 1 });
    expect(await unreadCount(leadActor)).toBe(unread - 1);
    await markRead(leadActor);
    expect(await unreadCount(leadActor)).toBe(0);
  });
});
