// Complaints (§7): 接受 → 核实 → 登记 → 转交 → 协调 → 处理 → 反馈 → 结案, one ComplaintEvent per step
// with its form in `data`; 48 h / 72 h SLA clocks from the config, breaches escalating city →
// province → head office, reopenings, and corrective actions (纠改措施) on serious cases.
import type {
  ComplaintCategory,
  ComplaintEventType,
  ComplaintStatus,
  OrgLevel,
  Severity,
} from "@/lib/generated/prisma/enums";
import { DAY_MS } from "./clock";
import { CATEGORIES, CHANNELS, correctiveAction, SEVERITIES, stepForm, type FormContext } from "./complaint-forms";
import type { ComplaintDraft, CustomerDraft } from "./drafts";
import { Rng } from "./rng";
import type { RowSink, TableRows } from "./tables";
import { COMPLAINT_TEXTS } from "./texts";
import type { World } from "./world";

const HOUR = 3_600_000;
const FLOW: [ComplaintEventType, ComplaintStatus, number][] = [
  // event, resulting status, median hours after the previous step
  ["VERIFY", "VERIFIED", 8],
  ["REGISTER", "REGISTERED", 1],
  ["TRANSFER", "TRANSFERRED", 4],
  ["COORDINATE", "COORDINATED", 8],
  ["HANDLE", "HANDLED", 14],
  ["FEEDBACK", "FEEDBACK_GIVEN", 10],
  ["CLOSE", "CLOSED", 20],
];
export interface ComplaintOptions {
  receivedMs?: number;
  /** The complaint got stuck after this status (open, and late if old enough). */
  stopAfter?: ComplaintStatus;
  reopen?: boolean;
}

/** When a complaint arrives: mostly within the last 13 months (monthly analysis), some older. */
export function complaintTime(rng: Rng, world: World, c: CustomerDraft): number | null {
  const now = world.clock.nowMs;
  const back = rng.chance(0.82) ? rng.next() ** 1.15 * 395 : 395 + rng.next() * 1100;
  const at = now - back * DAY_MS;
  const earliest = (c.sinceDay + 1) * DAY_MS;
  return at < earliest ? (earliest < now - DAY_MS ? earliest + rng.next() * (now - earliest) : null) : at;
}

export function addComplaint(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  o: ComplaintOptions = {},
): ComplaintDraft | null {
  const now = world.clock.nowMs;
  const receivedMs = o.receivedMs ?? complaintTime(rng, world, c);
  if (receivedMs === null) return null;
  const claim = c.claims.find((k) => k.reportedMs < receivedMs && (k.rejected || rng.chance(0.3)));
  const category: ComplaintCategory = claim && rng.chance(0.7) ? "CLAIM_DISPUTE" : rng.draw(CATEGORIES);
  const policy = claim?.policy ?? (c.policies.length > 0 && rng.chance(0.75) ? rng.pick(c.policies) : null);
  const channel = rng.draw(CHANNELS);
  const severity: Severity = channel === "REGULATOR" && rng.chance(0.6) ? "HIGH" : rng.draw(SEVERITIES);
  const texts = COMPLAINT_TEXTS[category];
  const owner = rng.pick(c.city.service);
  const registrar = channel === "COUNTER" && c.agent && rng.chance(0.4) ? c.agent : rng.pick(c.city.service);
  const sla = world.config.complaintSla;
  const responseDue = receivedMs + sla.firstResponseHours * HOUR;
  const resolutionDue = receivedMs + sla.resolutionHours * HOUR;
  const speed = rng.logNormal(severity === "CRITICAL" ? 0.7 : 1, 0.45);
  const id = rng.uuid();
  const rootCause = rng.pick(texts.rootCause);
  const resolution = rng.pick(texts.resolution);
  const form: FormContext = { category, severity, policy, texts, rootCause, resolution };
  const events: TableRows["ComplaintEvent"][] = [];
  const event = (
    type: ComplaintEventType,
    at: number,
    from: ComplaintStatus | null,
    to: ComplaintStatus | null,
    byId: string | null,
    data: Record<string, unknown> | undefined,
    note?: string,
  ) =>
    events.push({
      id: rng.uuid(),
      complaintId: id,
      type,
      fromStatus: from,
      toStatus: to,
      at: new Date(at),
      byId,
      note: note ?? null,
      data: data as TableRows["ComplaintEvent"]["data"],
    });

  // Workflow state, advanced step by step until "now" (or the step the complaint got stuck at).
  const st = {
    at: receivedMs,
    status: "RECEIVED" as ComplaintStatus,
    firstResponse: null as number | null,
    resolved: null as number | null,
    closed: null as number | null,
  };
  event("RECEIVE", st.at, null, "RECEIVED", registrar.id, {
    form: "投诉登记表",
    channel,
    customerRequest: rng.pick(texts.request),
  });
  const stopIndex = o.stopAfter ? FLOW.findIndex((f) => f[1] === o.stopAfter) : FLOW.length - 1;
  const runFrom = (startIndex: number, lastIndex: number, factor: number): void => {
    for (let i = startIndex; i <= lastIndex; i++) {
      const [type, to, median] = FLOW[i]!;
      const next = st.at + rng.logNormal(median * factor, 0.7) * HOUR;
      if (next > now) return;
      st.at = next;
      event(type, st.at, st.status, to, type === "REGISTER" ? registrar.id : owner.id, stepForm(rng, type, form));
      if (type === "REGISTER") event("ASSIGN", st.at + 5 * 60_000, null, null, registrar.id, { ownerId: owner.id });
      st.status = to;
      if (type === "VERIFY") st.firstResponse ??= st.at;
      if (type === "HANDLE") st.resolved = st.at;
      if (type === "CLOSE") st.closed = st.at;
    }
  };
  runFrom(0, stopIndex, speed);
  if (st.closed !== null && (o.reopen ?? rng.chance(0.04))) {
    const reopenAt = st.closed + rng.int(1, Math.min(20, sla.reopenWindowDays)) * DAY_MS;
    if (reopenAt < now) {
      st.at = reopenAt;
      event("REOPEN", st.at, "CLOSED", "REGISTERED", owner.id, { reason: "客户对处理结果仍有异议" }, "客户再次来电");
      Object.assign(st, { status: "REGISTERED", closed: null, resolved: null });
      runFrom(3, FLOW.length - 1, speed * 1.5);
    }
  }
  if (rng.chance(0.1))
    event(
      "COMMENT",
      Math.min(now, receivedMs + rng.next() * (st.at - receivedMs + HOUR)),
      null,
      null,
      owner.id,
      undefined,
      "已电话安抚客户情绪",
    );
  const { status, firstResponse, resolved, at } = st;
  const closedMs = st.closed;

  // SLA breaches stay marked; the first breach escalates to the province, a long one to head office.
  const firstHandle = events.find((e) => e.type === "HANDLE");
  const resolvedFirst = firstHandle ? (firstHandle.at as Date).getTime() : null;
  const responseBreached = (firstResponse ?? now) > responseDue;
  const resolutionBreached = (resolvedFirst ?? now) > resolutionDue;
  let escalationLevel: OrgLevel | null = null;
  let escalatedToId: string | null = null;
  let escalatedAt: number | null = null;
  if (responseBreached || resolutionBreached) {
    const t1 = (responseBreached ? responseDue : resolutionDue) + rng.int(5, 60) * 60_000;
    if (t1 <= now) {
      event("ESCALATE", t1, null, null, null, {
        fromLevel: "CITY",
        toLevel: "PROVINCE",
        reason: responseBreached ? "FIRST_RESPONSE_SLA" : "RESOLUTION_SLA",
      });
      [escalationLevel, escalatedToId, escalatedAt] = ["PROVINCE", c.city.provinceId, t1];
      const t2 = resolutionDue + 48 * HOUR;
      if (resolutionBreached && (resolvedFirst ?? now) > t2 && t2 <= now) {
        event("ESCALATE", t2, null, null, null, { fromLevel: "PROVINCE", toLevel: "HEAD", reason: "RESOLUTION_SLA" });
        [escalationLevel, escalatedToId, escalatedAt] = ["HEAD", c.city.headId, t2];
      }
    }
  }

  sink.add("Complaint", {
    id,
    complaintNo: `TS${new Date(receivedMs).toISOString().slice(0, 7).replace("-", "")}${String(++world.seq.complaint).padStart(7, "0")}`,
    customerId: c.id,
    policyId: policy?.row.id ?? null,
    claimId: category === "CLAIM_DISPUTE" ? (claim?.id ?? null) : null,
    channel,
    category,
    severity,
    productLine: policy?.line ?? null,
    description: rng.pick(texts.description),
    customerRequest: rng.pick(texts.request),
    rootCause: resolved || closedMs ? rootCause : null,
    resolution: resolved || closedMs ? resolution : null,
    status,
    orgUnitId: c.city.id,
    ownerId: owner.id,
    registeredById: registrar.id,
    receivedAt: new Date(receivedMs),
    responseDueAt: new Date(responseDue),
    resolutionDueAt: new Date(resolutionDue),
    firstResponseAt: firstResponse !== null ? new Date(firstResponse) : null,
    resolvedAt: resolved !== null ? new Date(resolved) : null,
    closedAt: closedMs !== null ? new Date(closedMs) : null,
    responseBreached,
    resolutionBreached,
    escalationLevel,
    escalatedToId,
    escalatedAt: escalatedAt !== null ? new Date(escalatedAt) : null,
    reopenCount: events.some((e) => e.type === "REOPEN") ? 1 : 0,
    createdAt: new Date(receivedMs),
    updatedAt: new Date(Math.max(at, escalatedAt ?? 0)),
  });
  for (const e of events) sink.add("ComplaintEvent", e);
  if (closedMs !== null && (severity === "HIGH" || severity === "CRITICAL") && rng.chance(0.3))
    correctiveAction(rng, world, sink, c, id, category, closedMs);
  const draft: ComplaintDraft = { id, customerId: c.id, status, closedMs, policy };
  c.complaints.push(draft);
  return draft;
}
