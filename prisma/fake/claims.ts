// Claims (§4) with their progress steps: REPORTED → DOCUMENTS → ASSESSING → APPROVED → PAID →
// CLOSED, or … ASSESSING → REJECTED → CLOSED. Recent claims stop wherever "now" falls. A dedicated
// handler (专人负责); green channel (绿色通道) for VIP and loyal claim-free customers is faster.
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { DAY_MS, dayToDate, shanghaiInstant } from "./clock";
import { fenToYuan, type ClaimDraft, type CustomerDraft, type PolicyDraft } from "./drafts";
import { Rng } from "./rng";
import type { RowSink } from "./tables";
import { CLAIM_DESCRIPTIONS, CLAIM_STEP_NOTES } from "./texts";
import type { World } from "./world";

const PAID_PATH: ClaimStatus[] = ["REPORTED", "DOCUMENTS", "ASSESSING", "APPROVED", "PAID", "CLOSED"];
const REJECTED_PATH: ClaimStatus[] = ["REPORTED", "DOCUMENTS", "ASSESSING", "REJECTED", "CLOSED"];
/** Days between steps: [min, max] for the normal and the green channel. */
const GAP_DAYS = {
  normal: [
    [1, 5],
    [2, 10],
    [1, 6],
    [1, 3],
    [0, 3],
  ],
  green: [
    [0.3, 1.5],
    [0.5, 3],
    [0.5, 2],
    [0.3, 1],
    [0, 1],
  ],
} as const;

/** Claims on one customer's policies (for group policies the claimant is an insured employee). */
export function claimsFor(
  rng: Rng,
  world: World,
  sink: RowSink,
  holder: CustomerDraft,
  byId: Map<string, CustomerDraft>,
  vip: boolean,
): void {
  const today = world.clock.todayDay;
  for (const p of holder.policies) {
    if (p.claimRate <= 0 || p.startDay > today) continue;
    const exposureYears = (Math.min(p.endDay, today) - p.startDay + 1) / 365;
    const scale = p.insuredIds.length > 0 ? Math.sqrt(p.insuredIds.length) : 1;
    const count = Math.min(3, rng.poisson(p.claimRate * exposureYears * scale * holder.claimProneness));
    for (let i = 0; i < count; i++) {
      const claimantId = p.insuredIds.length > 0 ? rng.pick(p.insuredIds) : holder.id;
      const claimant = byId.get(claimantId) ?? holder;
      const claim = oneClaim(rng, world, sink, claimant, p, vip);
      // The holder of a group policy answers for its loss ratio too.
      if (claimant !== holder) holder.claims.push(claim);
    }
  }
}

function oneClaim(rng: Rng, world: World, sink: RowSink, c: CustomerDraft, p: PolicyDraft, vip: boolean): ClaimDraft {
  const now = world.clock.nowMs;
  const incidentDay = rng.int(p.startDay, Math.min(p.endDay, world.clock.todayDay));
  const reportedMs = Math.min(now - 3_600_000, shanghaiInstant(incidentDay + rng.int(0, 4), rng.int(8 * 60, 21 * 60)));
  const priorClaimFree = !c.claims.some((k) => k.reportedMs > reportedMs - 365 * DAY_MS);
  const green = vip || (priorClaimFree && c.sinceDay < incidentDay - 730 && rng.chance(0.5));
  const rejected = rng.chance(0.07);
  const path = rejected ? REJECTED_PATH : PAID_PATH;
  const gaps = green ? GAP_DAYS.green : GAP_DAYS.normal;
  const handler = rng.pick(c.city.service);
  const claimId = rng.uuid();

  const claimedYuan = p.claimMedian > 0 ? rng.logNormal(p.claimMedian, 0.9) : p.sumInsuredYuan;
  const amountClaimedFen = Math.max(200, Math.round(claimedYuan / 10) * 10) * 100;
  const paidFen = Math.round((amountClaimedFen * (0.6 + 0.4 * rng.next())) / 100) * 100;

  // Some rejections stay final without a formal close; some recent claims wait (documents, payment).
  let lastIndex = path.length - 1;
  if (rejected && rng.chance(0.4)) lastIndex = path.indexOf("REJECTED");
  else if (!rejected && now - reportedMs < 180 * DAY_MS && rng.chance(0.45)) lastIndex = rng.int(1, 4);
  let at = reportedMs;
  let status: ClaimStatus = "REPORTED";
  for (let i = 0; i <= lastIndex; i++) {
    if (i > 0) {
      const [lo, hi] = gaps[Math.min(i - 1, gaps.length - 1)]!;
      at += (lo + (hi - lo) * rng.next()) * DAY_MS;
      if (at > now) break;
    }
    status = path[i]!;
    sink.add("ClaimStep", {
      id: rng.uuid(),
      claimId,
      status,
      at: new Date(at),
      byId: i === 0 ? (c.agent?.id ?? null) : handler.id,
      note: rng.pick(CLAIM_STEP_NOTES[status]),
    });
  }
  const closed = status === "CLOSED";
  const paid = !rejected && (status === "PAID" || closed);
  const feedback = closed && rng.chance(0.65);
  const mood = c.mood - (rejected ? 35 : 0) - (green ? 0 : 5);
  const score = Math.max(1, Math.min(5, Math.round(1 + (4 * mood) / 100 + rng.normal(0, 0.6))));
  sink.add("Claim", {
    id: claimId,
    claimNo: `LP${new Date(reportedMs).getUTCFullYear()}${c.city.num}${String(++world.seq.claim).padStart(8, "0")}`,
    policyId: p.row.id!,
    customerId: c.id,
    incidentDate: dayToDate(incidentDay),
    reportedAt: new Date(reportedMs),
    amountClaimed: fenToYuan(amountClaimedFen),
    amountPaid: paid ? fenToYuan(paidFen) : null,
    status,
    handlerId: handler.id,
    greenChannel: green,
    closedAt: closed ? new Date(at) : null,
    statusChangedAt: new Date(Math.min(at, now)),
    feedbackScore: feedback ? score : null,
    feedbackNote:
      feedback && rng.chance(0.4) ? (score >= 4 ? "理赔很快，服务周到" : "等待时间较长，材料要求繁琐") : null,
    description: rng.pick(CLAIM_DESCRIPTIONS[p.line]),
  });
  const draft: ClaimDraft = {
    id: claimId,
    policy: p,
    customerId: c.id,
    status,
    reportedMs,
    closedMs: closed ? Math.min(at, now) : null,
    amountPaidFen: paid ? paidFen : 0,
    rejected,
  };
  c.claims.push(draft);
  if (feedback && score <= 2) {
    sink.add("Task", {
      id: rng.uuid(),
      kind: "CLAIM_FEEDBACK",
      title: `理赔反馈低分回访：${c.row.name}`,
      detail: `理赔反馈评分 ${score} 分，请联系客户了解原因`,
      status: draft.closedMs! < now - 30 * DAY_MS ? "DONE" : "OPEN",
      customerId: c.id,
      orgUnitId: c.city.id,
      assigneeId: c.city.lead.id,
      dueAt: new Date(draft.closedMs! + 3 * DAY_MS),
      completedAt: draft.closedMs! < now - 30 * DAY_MS ? new Date(draft.closedMs! + 2 * DAY_MS) : null,
      createdAt: new Date(draft.closedMs!),
    });
  }
  return draft;
}
