// Visits (§6): rule-generated plan items with an idempotency planKey — a new customer within a month
// of the first purchase, a renewal customer before expiry, Spring Festival visits for long-standing
// and VIP customers, follow-ups after claims — plus ad-hoc ones. Past items are mostly done (with
// scores), some cancelled, and recent ones overdue; future ones planned.
import type { VisitMethod, VisitReason } from "@/lib/generated/prisma/enums";
import { DAY_MS, dayToDate, shanghaiDay, shanghaiInstant } from "./clock";
import type { CustomerDraft, PolicyDraft } from "./drafts";
import { Rng } from "./rng";
import type { RowSink } from "./tables";
import { VISIT_TEXTS } from "./texts";
import type { Staff, World } from "./world";

// Spring Festival (春节) of recent years; holiday visits fall in the week before.
const SPRING_FESTIVAL: Record<number, string> = {
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
};

interface Plan {
  reason: VisitReason;
  dueDay: number;
  method: VisitMethod;
  planKey: string | null;
  policy: PolicyDraft | null;
}

export interface VisitOptions {
  /** Chance that a visit due in the last 30 days is still open (overdue). */
  overdueShare: number;
  /** Share of phone visits (回访) made by the service centre rather than the agent. */
  serviceShare: number;
  manualRate: number;
}

/** Plans and records visits for a customer, recording evaluations for the satisfaction score. */
export function visitsFor(
  rng: Rng,
  world: World,
  sink: RowSink,
  c: CustomerDraft,
  vip: boolean,
  o: VisitOptions,
): void {
  const today = world.clock.todayDay;
  const plans: Plan[] = [];
  const held = c.policies;
  const big = vip || c.row.kind !== "INDIVIDUAL";
  if (held.length > 0) {
    const first = held.reduce((a, b) => (b.startDay < a.startDay ? b : a));
    plans.push({
      reason: "NEW_CUSTOMER",
      dueDay: first.startDay + world.config.visits.newCustomerWithinDays,
      method: big ? "ON_SITE" : "PHONE",
      planKey: `NEW_CUSTOMER:${c.id}`,
      policy: first,
    });
    for (const p of held) {
      if (!p.annual || p.endDay < today - 180 || p.endDay > today + 90) continue;
      if (p.row.status === "SURRENDERED") continue;
      plans.push({
        reason: "PRE_EXPIRY",
        dueDay: p.endDay - world.config.visits.preExpiryDays,
        method: big ? "ON_SITE" : "PHONE",
        planKey: `PRE_EXPIRY:${p.row.id}`,
        policy: p,
      });
    }
    if (big || (today - first.startDay > 3 * 365 && rng.chance(0.05))) {
      for (const [year, date] of Object.entries(SPRING_FESTIVAL)) {
        const dueDay = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS) - 7;
        if (dueDay > first.startDay && dueDay > today - 400 && dueDay < today + 90)
          plans.push({
            reason: "HOLIDAY",
            dueDay,
            method: "ON_SITE",
            planKey: `HOLIDAY:${c.id}:${year}`,
            policy: null,
          });
      }
    }
  }
  for (const claim of c.claims) {
    if (claim.customerId === c.id && claim.closedMs !== null && rng.chance(0.2))
      plans.push({
        reason: "FOLLOW_UP",
        dueDay: shanghaiDay(claim.closedMs) + 7,
        method: "PHONE",
        planKey: `CLAIM_FOLLOW_UP:${claim.id}`,
        policy: claim.policy,
      });
  }
  if (rng.chance(o.manualRate))
    plans.push({
      reason: "MANUAL",
      dueDay: today + rng.int(-400, 30),
      method: rng.chance(0.5) ? "WECHAT" : "PHONE",
      planKey: null,
      policy: null,
    });
  for (const plan of plans) if (plan.dueDay >= c.sinceDay - 60) record(rng, world, sink, c, plan, o);
}

function record(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, plan: Plan, o: VisitOptions): void {
  const today = world.clock.todayDay;
  const age = today - plan.dueDay;
  // The service centre makes most phone visits (回访); agents go on site.
  const assignee: Staff =
    plan.method === "ON_SITE"
      ? (c.agent ?? rng.pick(c.city.service))
      : rng.chance(o.serviceShare) || !c.agent
        ? rng.pick(c.city.service)
        : c.agent;
  let status: "PLANNED" | "DONE" | "CANCELLED";
  const r = rng.next();
  if (age < 0) status = r < 0.02 ? "CANCELLED" : "PLANNED";
  else if (age <= 30) status = r < o.overdueShare ? "PLANNED" : r < o.overdueShare + 0.05 ? "CANCELLED" : "DONE";
  else status = r < 0.06 ? "CANCELLED" : r < 0.07 && age < 180 ? "PLANNED" : "DONE";
  if (status === "PLANNED" && age <= 0 && age >= -30) c.hasUpcomingAppointment = true;

  const row = {
    id: rng.uuid(),
    customerId: c.id,
    policyId: plan.policy?.row.id ?? null,
    reason: plan.reason,
    suggestedMethod: plan.method,
    dueDate: dayToDate(plan.dueDay),
    status,
    assigneeId: assignee.id,
    planKey: plan.planKey,
    createdAt: new Date(Math.min(world.clock.nowMs, shanghaiInstant(plan.dueDay - 30, 8 * 60))),
  };
  if (status !== "DONE") {
    sink.add("Visit", row);
    return;
  }
  const late = rng.chance(0.2);
  const doneDay = Math.min(today, late ? plan.dueDay + rng.int(1, 15) : plan.dueDay - rng.int(0, 20));
  const doneMs = Math.min(world.clock.nowMs - 60_000, shanghaiInstant(doneDay, rng.int(9 * 60, 19 * 60)));
  const hadClaim = c.claims.some((k) => k.customerId === c.id && k.reportedMs < doneMs);
  const evaluation = Math.max(1, Math.min(5, Math.round(1 + (4 * c.mood) / 100 + rng.normal(0, 0.7))));
  c.visitEvaluations.push(evaluation);
  c.contactMs.push(doneMs);
  sink.add("Visit", {
    ...row,
    doneAt: new Date(doneMs),
    doneById: assignee.id,
    method: rng.chance(0.85) ? plan.method : "WECHAT",
    productUsage: rng.pick(VISIT_TEXTS.productUsage),
    claimSatisfaction: hadClaim ? Math.max(1, Math.min(5, evaluation + rng.int(-1, 1))) : null,
    overallEvaluation: evaluation,
    notes: rng.pick(VISIT_TEXTS.notes),
    nextStep: rng.pick(VISIT_TEXTS.nextStep),
    nextStepAt: rng.chance(0.4) ? dayToDate(doneDay + rng.int(14, 120)) : null,
  });
}
