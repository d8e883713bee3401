import "server-only";
// One complaint as its page shows it: the registration, the SLA clocks, every workflow step with its
// form, and what the viewer may do next. Not found outside the actor's scope.
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { complaintScope } from "@/lib/auth/scope";
import { orgAncestorIds } from "@/lib/auth/org-tree";
import { checkTransition, nextStep } from "@/lib/domain/complaint-workflow";
import { maskPhone } from "@/lib/domain/identity";
import { complaintClocks } from "@/lib/domain/sla";
import { loadSlaContext, openDuplicates } from "./register";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const org = { select: { id: true, name: true, nameEn: true, level: true } } as const;

export async function getComplaint(actor: Actor, id: string, now = new Date()) {
  requirePermission(actor, "complaint.read");
  if (!UUID.test(id)) return null;
  const slaPromise = loadSlaContext();
  const c = await db.complaint.findFirst({
    where: { AND: [{ id }, complaintScope(actor)] },
    include: {
      customer: { select: { id: true, customerNo: true, name: true, mobile: true } },
      policy: { select: { id: true, policyNo: true, productName: true } },
      claim: { select: { id: true, claimNo: true } },
      orgUnit: org,
      escalatedTo: org,
      owner: { select: { id: true, name: true } },
      registeredBy: { select: { id: true, name: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { by: { select: { id: true, name: true } } } },
    },
  });
  if (!c) {
    await slaPromise.catch(() => undefined);
    return null;
  }
  const [sla, duplicates] = await Promise.all([slaPromise, openDuplicates(db, c.customerId, c.category, c.id)]);
  const clocks = complaintClocks(c, now, sla.config.atRiskShare, sla.calendar);
  const receive = c.events.find((e) => e.type === "RECEIVE");
  const receiveData = (receive?.data ?? {}) as { duplicateNos?: string[] };
  const next = nextStep(c.status);
  const reopen = checkTransition(c.status, "REOPEN", {
    closedAt: c.closedAt,
    now,
    reopenWindowDays: sla.config.reopenWindowDays,
  });
  const handle = can(actor.role, "complaint.handle");
  return {
    id: c.id,
    complaintNo: c.complaintNo,
    status: c.status,
    channel: c.channel,
    category: c.category,
    severity: c.severity,
    description: c.description,
    customerRequest: c.customerRequest,
    rootCause: c.rootCause,
    resolution: c.resolution,
    customer: { ...c.customer, mobile: c.customer.mobile ? maskPhone(c.customer.mobile) : null },
    policy: c.policy,
    claim: c.claim,
    orgUnit: c.orgUnit,
    escalatedTo: c.escalatedTo,
    escalationLevel: c.escalationLevel,
    escalatedAt: c.escalatedAt?.toISOString() ?? null,
    owner: c.owner,
    registeredBy: c.registeredBy,
    receivedAt: c.receivedAt.toISOString(),
    responseDueAt: c.responseDueAt.toISOString(),
    resolutionDueAt: c.resolutionDueAt.toISOString(),
    firstResponseAt: c.firstResponseAt?.toISOString() ?? null,
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    reopenCount: c.reopenCount,
    clocks,
    slaRules: { reopenWindowDays: sla.config.reopenWindowDays, businessHoursOnly: sla.config.businessHoursOnly },
    /** Marked at registration, plus any open complaint of the same customer and category now. */
    duplicateMarkedNos: receiveData.duplicateNos ?? [],
    openDuplicates: duplicates,
    events: c.events.map((e) => ({
      id: e.id,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      at: e.at.toISOString(),
      by: e.by,
      note: e.note,
      data: (e.data ?? null) as Record<string, unknown> | null,
    })),
    can: {
      step: handle && next ? next : null,
      reopen: handle && reopen.ok,
      comment: handle,
      assign: can(actor.role, "complaint.assign") && c.status !== "CLOSED",
      escalate:
        can(actor.role, "complaint.assign") && c.status !== "CLOSED" && (c.escalatedTo ?? c.orgUnit).level !== "HEAD",
      correctiveAction: can(actor.role, "correctiveAction.manage"),
    },
  };
}

export type ComplaintDetail = NonNullable<Awaited<ReturnType<typeof getComplaint>>>;

/** Who may take the complaint: active service staff of the complaint's org unit and above, in the actor's scope. */
export async function handlerOptions(actor: Actor, complaintOrgUnitId: string) {
  requirePermission(actor, "complaint.read");
  if (!can(actor.role, "complaint.handle")) return [];
  const seeing = new Set(await orgAncestorIds(complaintOrgUnitId));
  return db.user.findMany({
    where: {
      active: true,
      role: { in: ["SERVICE", "SERVICE_LEAD"] },
      orgUnitId: { in: actor.orgUnitIds.filter((id) => seeing.has(id)) },
    },
    select: { id: true, name: true, username: true },
    orderBy: { username: "asc" },
    take: 200,
  });
}
