// Applies the §3 classification (lib/domain/segments) to a generated customer, from exactly the
// facts that were generated for them, so stored fields agree with what a recompute would give.
import { classifyCustomer, type Classification, type CustomerFacts } from "@/lib/domain/segments";
import { DAY_MS, dayToDate, dayToIso, isoToDay, shanghaiDay } from "./clock";
import { fenToYuan, type CustomerDraft } from "./drafts";
import type { World } from "./world";

export function factsOf(c: CustomerDraft, world: World): CustomerFacts {
  const now = world.clock.nowMs;
  const lastContact = c.contactMs.length > 0 ? Math.max(...c.contactMs) : null;
  return {
    kind: c.row.kind,
    prospectStage: c.prospect,
    prospectSource: c.row.prospectSource ?? null,
    policies: c.policies.map((p) => p.facts),
    coveredBy: c.coveredBy.map((p) => p.facts),
    claims: c.claims.map((k) => ({ reportedOn: dayToIso(shanghaiDay(k.reportedMs)), amountPaidFen: k.amountPaidFen })),
    surveyCsats: c.surveyCsats,
    visitEvaluations: c.visitEvaluations,
    openComplaints: c.complaints.filter((k) => k.status !== "CLOSED").length,
    hasUpcomingAppointment: c.hasUpcomingAppointment,
    lastContactOn: lastContact !== null ? dayToIso(shanghaiDay(lastContact)) : null,
    contactsLast12m: c.contactMs.filter((t) => t > now - 365 * DAY_MS).length,
    isOrphan: c.agent === null && c.prospect === null,
    highIncomeOccupation: c.person?.occupation.highIncome ?? false,
  };
}

export function classify(c: CustomerDraft, world: World): Classification {
  const k = classifyCustomer(factsOf(c, world), world.clock.today, world.config);
  const row = c.row;
  row.isInsured = k.isInsured;
  row.isOrphan = c.agent === null && k.isInsured;
  row.channel = k.channel;
  row.activity = k.activity;
  row.touchpoints = k.touchpoints;
  row.lifecycleStage = k.lifecycleStage;
  row.vipTier = k.vipTier;
  row.annualPremium = fenToYuan(k.annualPremiumFen);
  row.firstPurchaseAt = k.firstPurchaseAt ? dayToDate(isoToDay(k.firstPurchaseAt)) : null;
  row.lastPurchaseAt = k.lastPurchaseAt ? dayToDate(isoToDay(k.lastPurchaseAt)) : null;
  row.satisfactionScore = k.satisfactionScore;
  row.loyaltyScore = k.loyaltyScore;
  row.satLoyalty = k.satLoyalty;
  row.abilityScore = k.abilityScore;
  row.willingnessScore = k.willingnessScore;
  row.abilityWill = k.abilityWill;
  row.churnRiskScore = k.churnRiskScore;
  row.churnReasons = k.churnReasons;
  row.claimsLast12m = k.claimsLast12m;
  row.totalPremiumPaid = fenToYuan(k.totalPremiumPaidFen);
  row.totalClaimsPaid = fenToYuan(k.totalClaimsPaidFen);
  row.isClubMember = k.isClubMember;
  row.blacklisted ??= false;
  row.lastContactAt = c.contactMs.length > 0 ? new Date(Math.max(...c.contactMs)) : null;
  row.classifiedAt = world.clock.now;
  // A customer exists in the archive at the latest when they first bought.
  const firstStart = Math.min(...c.policies.map((p) => p.startDay), ...c.coveredBy.map((p) => p.startDay));
  if (Number.isFinite(firstStart) && (row.createdAt as Date).getTime() > firstStart * DAY_MS)
    row.createdAt = new Date(firstStart * DAY_MS - 3 * DAY_MS);
  return k;
}
