// Satisfaction surveys (§8): triggered after a claim closes, a complaint closes, a new purchase,
// and periodically. Completed ones have responses; CSAT (0–100, from the 1–5 scale questions) and
// the NPS answer are computed from them; low scores open a follow-up task.
import type { SurveyMethod, SurveyTrigger } from "@/lib/generated/prisma/enums";
import { DAY_MS, shanghaiInstant } from "./clock";
import type { CustomerDraft, PolicyDraft } from "./drafts";
import { Rng, weighted } from "./rng";
import type { RowSink } from "./tables";
import { SURVEY_COMMENTS } from "./texts";
import type { World } from "./world";

const METHODS = weighted<SurveyMethod>([
  ["PHONE", 55],
  ["ONLINE", 25],
  ["QUESTIONNAIRE", 12],
  ["ON_SITE", 8],
]);
/** Below this CSAT a LOW_SCORE_FOLLOW_UP task is opened. */
export const LOW_CSAT = 50;

export interface SurveyOptions {
  responses: boolean;
  claimShare: number;
  complaintShare: number;
  newPurchaseShare: number;
  periodicShare: number;
}

interface Trigger {
  trigger: SurveyTrigger;
  key: string;
  atMs: number;
  claimId?: string;
  complaintId?: string;
  policy: PolicyDraft | null;
}

export function surveysFor(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, o: SurveyOptions): void {
  const now = world.clock.nowMs;
  const triggers: Trigger[] = [];
  for (const k of c.claims)
    if (k.customerId === c.id && k.closedMs !== null && rng.chance(o.claimShare))
      triggers.push({
        trigger: "CLAIM_CLOSED",
        key: `CLAIM_CLOSED:${k.id}`,
        atMs: k.closedMs,
        claimId: k.id,
        policy: k.policy,
      });
  for (const k of c.complaints)
    if (k.closedMs !== null && rng.chance(o.complaintShare))
      triggers.push({
        trigger: "COMPLAINT_CLOSED",
        key: `COMPLAINT_CLOSED:${k.id}`,
        atMs: k.closedMs,
        complaintId: k.id,
        policy: k.policy,
      });
  for (const p of c.policies)
    if (!p.facts.isRenewal && p.startDay > world.clock.todayDay - 3 * 365 && rng.chance(o.newPurchaseShare))
      triggers.push({
        trigger: "NEW_PURCHASE",
        key: `NEW_PURCHASE:${p.row.id}`,
        atMs: shanghaiInstant(p.startDay + 25, 10 * 60),
        policy: p,
      });
  if (c.policies.length > 0 && rng.chance(o.periodicShare)) {
    const year = new Date(now).getUTCFullYear() - rng.int(0, 2);
    const atMs = Math.max(shanghaiInstant(c.sinceDay + 30, 600), Date.UTC(year, rng.int(2, 10), rng.int(1, 28)));
    triggers.push({ trigger: "PERIODIC", key: `PERIODIC:${c.id}:${year}`, atMs, policy: c.policies[0] ?? null });
  }
  for (const t of triggers) if (t.atMs < now) survey(rng, world, sink, c, t, o.responses);
}

function survey(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, t: Trigger, withResponses: boolean): void {
  const now = world.clock.nowMs;
  const template = world.templates.get(t.trigger);
  if (!template) return;
  const dueMs = t.atMs + 7 * DAY_MS;
  const completedMs = t.atMs + rng.next() * 8 * DAY_MS;
  const cancelled = completedMs < now && rng.chance(0.1);
  const completed = !cancelled && completedMs < now && completedMs <= dueMs + DAY_MS;
  const status = completed ? "COMPLETED" : cancelled || dueMs < now - 30 * DAY_MS ? "CANCELLED" : "PENDING";
  const id = rng.uuid();
  const conductor = rng.pick(c.city.service);
  let csat: number | null = null;
  let nps: number | null = null;
  if (completed) {
    const mood = c.mood - (t.trigger === "COMPLAINT_CLOSED" ? 15 : 0);
    const scales: number[] = [];
    for (const q of template.questions) {
      let score: number | null = null;
      let choice: string | null = null;
      let text: string | null = null;
      if (q.type === "SCALE_5")
        scales.push((score = Math.max(1, Math.min(5, Math.round(1 + (4 * mood) / 100 + rng.normal(0, 0.7))))));
      else if (q.type === "NPS_10") nps = score = Math.max(0, Math.min(10, Math.round(mood / 10 + rng.normal(0, 1.3))));
      else if (q.type === "CHOICE") choice = rng.pick(q.options);
      else if (rng.chance(0.4)) text = rng.pick(SURVEY_COMMENTS);
      else continue;
      if (withResponses)
        sink.add("SurveyResponse", { id: rng.uuid(), surveyId: id, questionId: q.id, score, choice, text });
    }
    csat = scales.length > 0 ? scales.reduce((s, v) => s + (v - 1) * 25, 0) / scales.length : null;
    // The stored value (Decimal(5,2)) is what a recompute reads back.
    if (csat !== null) c.surveyCsats.push(Number(csat.toFixed(2)));
    c.contactMs.push(completedMs);
  }
  const p = t.policy;
  sink.add("Survey", {
    id,
    templateId: template.id,
    customerId: c.id,
    trigger: t.trigger,
    method: rng.draw(METHODS),
    status,
    triggerKey: t.key,
    claimId: t.claimId ?? null,
    complaintId: t.complaintId ?? null,
    policyId: p?.row.id ?? null,
    channel: p?.facts.channel ?? c.agent?.channel ?? null,
    agentId: p?.row.servicingAgentId ?? c.agent?.id ?? null,
    productLine: p?.line ?? null,
    dueAt: new Date(dueMs),
    completedAt: completed ? new Date(completedMs) : null,
    conductedById: completed ? conductor.id : null,
    csat: csat !== null ? csat.toFixed(2) : null,
    npsScore: nps,
    createdAt: new Date(t.atMs),
  });
  if (csat !== null && csat < LOW_CSAT) {
    const old = completedMs < now - 30 * DAY_MS;
    const taskStatus = old ? (rng.chance(0.9) ? "DONE" : "CANCELLED") : "OPEN";
    sink.add("Task", {
      id: rng.uuid(),
      kind: "LOW_SCORE_FOLLOW_UP",
      title: `满意度低分回访：${c.row.name}`,
      detail: `问卷满意度 ${csat.toFixed(0)} 分（${template.id === world.templates.get("CLAIM_CLOSED")?.id ? "理赔" : "服务"}），请在3个工作日内回访`,
      status: taskStatus,
      customerId: c.id,
      orgUnitId: c.city.id,
      assigneeId: c.city.lead.id,
      surveyId: id,
      dueAt: new Date(completedMs + 3 * DAY_MS),
      completedAt: taskStatus === "DONE" ? new Date(completedMs + rng.int(1, 5) * DAY_MS) : null,
      createdAt: new Date(completedMs),
    });
  }
}
