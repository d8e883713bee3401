// §3 segmentation beyond the premium tier: touchpoints, lifecycle, the satisfaction × loyalty and
// ability × willingness quadrants, club membership, premium totals and the whole classification of
// a customer from their facts. Pure: the caller loads the facts; amounts are integer fen.
import { activityStatus, fullYearsBetween, vipTier, type ActivityStatus, type VipTier } from "./classification";
import { churnRisk, type ChurnReason } from "./churn";
import { isClubMember as clubMember } from "./club";
import type { AppConfig } from "./config";
import { addDays, daysBetween } from "./dates";

export type Channel = "INDIVIDUAL" | "BANCASSURANCE" | "GROUP" | "TELEMARKETING";
export type PolicyStatus = "IN_FORCE" | "MATURED" | "LAPSED" | "SURRENDERED";
export type PaymentFrequency = "SINGLE" | "ANNUAL" | "SEMI_ANNUAL" | "QUARTERLY" | "MONTHLY";
export type RenewalOutcome = "WILL_RENEW" | "WONT_RENEW" | "CONSIDERING";
export type Touchpoint = "MATURITY" | "LAPSED" | "CLAIM" | "APPOINTMENT";
export type ProspectStage = "POTENTIAL" | "TARGET" | "PROSPECT";
export type LifecycleStage = ProspectStage | "CLOSED" | "LOYAL" | "CHURNED";
export type CustomerKind = "INDIVIDUAL" | "CORPORATE" | "GROUP" | "HIGH_NET_WORTH";
export type ProspectSource = "APPOINTMENT" | "SERVICE_EVENT" | "REFERRAL";
export type SatLoyaltyQuadrant =
  "HIGH_SAT_LOW_LOYALTY" | "HIGH_SAT_HIGH_LOYALTY" | "LOW_SAT_LOW_LOYALTY" | "LOW_SAT_HIGH_LOYALTY";
export type AbilityWillQuadrant = "DEVELOP" | "MAINTAIN" | "CULTIVATE" | "PAMPER";

/** A score at or above this is "high" in both quadrants (§3.10, §3.11). */
export const HIGH_SCORE = 50;
/** An in-force policy ending within this many days is a maturity touchpoint and on the renewal list. */
export const EXPIRY_WINDOW_DAYS = 90;
/** Long-term premiums are paid for at most this many years (缴费期). */
export const MAX_PAYMENT_YEARS = 20;

export interface PolicyFacts {
  startDate: string;
  endDate: string;
  status: PolicyStatus;
  channel: Channel;
  annualPremiumFen: number;
  paymentFrequency: PaymentFrequency;
  /** This policy renews an earlier one. */
  isRenewal: boolean;
  renewalOutcome: RenewalOutcome | null;
  /** The day a lapse or surrender took effect; premiums stop then. */
  statusChangedOn: string | null;
}

export interface CustomerFacts {
  kind: CustomerKind;
  /** Set for prospects (准客户), who have no policy yet. */
  prospectStage: ProspectStage | null;
  prospectSource: ProspectSource | null;
  /** Policies the customer holds. */
  policies: PolicyFacts[];
  /** Group policies the customer is insured under without holding them (employees). */
  coveredBy: PolicyFacts[];
  claims: { reportedOn: string; amountPaidFen: number }[];
  /** CSAT 0–100 of completed surveys. */
  surveyCsats: number[];
  /** Overall evaluation 1–5 of completed visits. */
  visitEvaluations: number[];
  openComplaints: number;
  /** A planned visit (预约) falls in the next 30 days. */
  hasUpcomingAppointment: boolean;
  lastContactOn: string | null;
  contactsLast12m: number;
  isOrphan: boolean;
  highIncomeOccupation: boolean;
}

export interface Classification {
  isInsured: boolean;
  channel: Channel | null;
  activity: ActivityStatus | null;
  touchpoints: Touchpoint[];
  lifecycleStage: LifecycleStage;
  vipTier: VipTier;
  annualPremiumFen: number;
  firstPurchaseAt: string | null;
  lastPurchaseAt: string | null;
  satisfactionScore: number | null;
  loyaltyScore: number | null;
  satLoyalty: SatLoyaltyQuadrant | null;
  abilityScore: number;
  willingnessScore: number;
  abilityWill: AbilityWillQuadrant;
  churnRiskScore: number | null;
  churnReasons: ChurnReason[];
  claimsLast12m: number;
  totalPremiumPaidFen: number;
  totalClaimsPaidFen: number;
  isClubMember: boolean;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export function satLoyaltyQuadrant(satisfaction: number, loyalty: number): SatLoyaltyQuadrant {
  const highSat = satisfaction >= HIGH_SCORE;
  const highLoyalty = loyalty >= HIGH_SCORE;
  if (highSat) return highLoyalty ? "HIGH_SAT_HIGH_LOYALTY" : "HIGH_SAT_LOW_LOYALTY";
  return highLoyalty ? "LOW_SAT_HIGH_LOYALTY" : "LOW_SAT_LOW_LOYALTY";
}

export function abilityWillQuadrant(ability: number, willingness: number): AbilityWillQuadrant {
  const highAbility = ability >= HIGH_SCORE;
  const highWill = willingness >= HIGH_SCORE;
  if (highAbility) return highWill ? "PAMPER" : "CULTIVATE";
  return highWill ? "MAINTAIN" : "DEVELOP";
}

/** Surveys count twice as much as a visit's overall evaluation (1–5 mapped to 0–100). */
export function satisfactionScore(surveyCsats: readonly number[], visitEvaluations: readonly number[]): number | null {
  const weight = surveyCsats.length * 2 + visitEvaluations.length;
  if (weight === 0) return null;
  const sum =
    surveyCsats.reduce((s, c) => s + 2 * c, 0) + visitEvaluations.reduce((s, e) => s + ((e - 1) / 4) * 100, 0);
  return clamp(sum / weight);
}

/** Premium paid so far: one instalment per period started, premiums stopping at lapse or after 20 years. */
export function premiumPaidFen(p: PolicyFacts, today: string): number {
  if (p.paymentFrequency === "SINGLE") return p.annualPremiumFen;
  const periods = { ANNUAL: 1, SEMI_ANNUAL: 2, QUARTERLY: 4, MONTHLY: 12 }[p.paymentFrequency];
  let until = p.endDate < today ? p.endDate : today;
  if (p.statusChangedOn && p.statusChangedOn < until) until = p.statusChangedOn;
  const elapsed = Math.max(0, daysBetween(p.startDate, until));
  const term = Math.min(daysBetween(p.startDate, p.endDate), MAX_PAYMENT_YEARS * 365);
  const periodDays = 365 / periods;
  const paid = Math.min(Math.floor(elapsed / periodDays) + 1, Math.max(1, Math.ceil(term / periodDays - 0.01)));
  return Math.round((p.annualPremiumFen * paid) / periods);
}

/** In force and ending between today and `windowEnd` (today + EXPIRY_WINDOW_DAYS), inclusive. */
function expiresSoon(p: PolicyFacts, today: string, windowEnd: string): boolean {
  return p.status === "IN_FORCE" && p.endDate >= today && p.endDate <= windowEnd;
}

export function touchpoints(f: CustomerFacts, today: string): Touchpoint[] {
  const all = [...f.policies, ...f.coveredBy];
  const yearAgo = addDays(today, -365);
  const windowEnd = addDays(today, EXPIRY_WINDOW_DAYS);
  const result: Touchpoint[] = [];
  if (all.some((p) => expiresSoon(p, today, windowEnd) || (p.status === "MATURED" && p.endDate >= yearAgo)))
    result.push("MATURITY");
  if (all.some((p) => p.status === "LAPSED")) result.push("LAPSED");
  if (f.claims.some((c) => c.reportedOn > yearAgo)) result.push("CLAIM");
  if (f.hasUpcomingAppointment || f.prospectSource === "APPOINTMENT") result.push("APPOINTMENT");
  return result;
}

/** §3.7 忠诚 loyal: a customer for at least this many full years … */
export const LOYAL_MIN_YEARS = 3;
/** … with at least this many renewals or further purchases. */
export const LOYAL_MIN_REPEATS = 2;

/** §3.7: prospects keep their stage; without cover in force a customer is churned (流失). */
export function lifecycleStage(s: {
  prospectStage: ProspectStage | null;
  inForce: boolean;
  tenureYears: number;
  repeats: number;
}): LifecycleStage {
  if (s.prospectStage) return s.prospectStage;
  if (!s.inForce) return "CHURNED";
  if (s.tenureYears >= LOYAL_MIN_YEARS && s.repeats >= LOYAL_MIN_REPEATS) return "LOYAL";
  return "CLOSED";
}

/** Loyalty grows with tenure, renewals and repeat purchases, and falls with lapses and surrenders. */
export function loyaltyScore(
  tenureYears: number,
  renewals: number,
  extraPurchases: number,
  inForce: boolean,
  dropped: number,
): number {
  return clamp(
    Math.min(40, tenureYears * 8) +
      Math.min(30, renewals * 10) +
      Math.min(20, extraPurchases * 10) +
      (inForce ? 10 : 0) -
      dropped * 15,
  );
}

/** Ability to buy (能力): log of the annual premium, plus the kind of customer and income. */
export function abilityScore(annualPremiumFen: number, kind: CustomerKind, highIncome: boolean): number {
  const yuan = annualPremiumFen / 100;
  const premiumPart = yuan > 100 ? 20 * Math.log10(yuan / 100) : 0;
  const kindPart = { INDIVIDUAL: 0, HIGH_NET_WORTH: 25, CORPORATE: 15, GROUP: 10 }[kind];
  return clamp(10 + premiumPart + kindPart + (highIncome ? 15 : 0));
}

/** Willingness (意愿) of a customer: repeat purchases, recency and stated renewal intent. */
export function willingnessScore(f: CustomerFacts, today: string, lastPurchase: string | null): number {
  if (f.prospectStage) {
    const stage = { POTENTIAL: 20, TARGET: 40, PROSPECT: 60 }[f.prospectStage];
    const source = f.prospectSource ? { REFERRAL: 15, APPOINTMENT: 10, SERVICE_EVENT: 5 }[f.prospectSource] : 0;
    return clamp(stage + source + Math.min(15, 5 * f.contactsLast12m));
  }
  const purchases = f.policies.filter((p) => !p.isRenewal).length;
  const recent = lastPurchase !== null && daysBetween(lastPurchase, today) < 365;
  const windowEnd = addDays(today, EXPIRY_WINDOW_DAYS);
  const intents = f.policies.filter((p) => expiresSoon(p, today, windowEnd)).map((p) => p.renewalOutcome);
  const intent = intents.includes("WONT_RENEW") ? -25 : intents.includes("WILL_RENEW") ? 15 : 0;
  const lapsed = f.policies.filter((p) => p.status === "LAPSED").length;
  return clamp(
    30 +
      Math.min(30, 12 * Math.max(0, purchases - 1)) +
      (recent ? 15 : 0) +
      intent -
      10 * lapsed +
      Math.min(10, 2 * f.contactsLast12m),
  );
}

/** Every §3 field computed from the customer's facts, as of `today` (Asia/Shanghai, YYYY-MM-DD). */
export function classifyCustomer(f: CustomerFacts, today: string, config: AppConfig): Classification {
  const covering = f.policies.length > 0 ? f.policies : f.coveredBy;
  const byStart = [...covering].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const first = byStart[0]?.startDate ?? null;
  const last = byStart[byStart.length - 1]?.startDate ?? null;
  const inForce = covering.some((p) => p.status === "IN_FORCE");
  const annualPremiumFen = f.policies
    .filter((p) => p.status === "IN_FORCE")
    .reduce((s, p) => s + p.annualPremiumFen, 0);
  const isInsured = f.prospectStage === null && covering.length > 0;
  const activity = activityStatus(last, today, config.dormancyYears);
  const yearAgo = addDays(today, -365);
  const claimsLast12m = f.claims.filter((c) => c.reportedOn > yearAgo).length;

  const renewals = f.policies.filter((p) => p.isRenewal).length;
  const extraPurchases = Math.max(0, f.policies.length - renewals - 1);
  const dropped = f.policies.filter((p) => p.status === "LAPSED" || p.status === "SURRENDERED").length;
  const tenure = first ? Math.max(0, fullYearsBetween(first, today)) : 0;

  const satisfaction = satisfactionScore(f.surveyCsats, f.visitEvaluations);
  const loyalty = isInsured ? loyaltyScore(tenure, renewals, extraPurchases, inForce, dropped) : null;
  const ability = abilityScore(annualPremiumFen, f.kind, f.highIncomeOccupation);
  const willingness = willingnessScore(f, today, last);

  const repeats = renewals + extraPurchases;
  const lifecycle = lifecycleStage({ prospectStage: f.prospectStage, inForce, tenureYears: tenure, repeats });

  const windowEnd = addDays(today, EXPIRY_WINDOW_DAYS);
  const soon = f.policies.filter((p) => expiresSoon(p, today, windowEnd));
  const churn = isInsured
    ? churnRisk({
        POLICY_LAPSED: f.policies.some((p) => p.status === "LAPSED"),
        WONT_RENEW: soon.some((p) => p.renewalOutcome === "WONT_RENEW"),
        EXPIRING_NO_INTENT: soon.some((p) => p.renewalOutcome === null || p.renewalOutcome === "CONSIDERING"),
        OPEN_COMPLAINT: f.openComplaints > 0,
        LOW_SATISFACTION: satisfaction !== null && satisfaction < HIGH_SCORE,
        NO_RECENT_CONTACT: f.lastContactOn === null || daysBetween(f.lastContactOn, today) > 365,
        ORPHAN: f.isOrphan,
        DORMANT: activity === "DORMANT",
      })
    : null;

  return {
    isInsured,
    channel: byStart[byStart.length - 1]?.channel ?? null,
    activity,
    touchpoints: touchpoints(f, today),
    lifecycleStage: lifecycle,
    vipTier: vipTier(annualPremiumFen / 100, config.vipTiers),
    annualPremiumFen,
    firstPurchaseAt: first,
    lastPurchaseAt: last,
    satisfactionScore: satisfaction,
    loyaltyScore: loyalty,
    satLoyalty: satisfaction !== null && loyalty !== null ? satLoyaltyQuadrant(satisfaction, loyalty) : null,
    abilityScore: ability,
    willingnessScore: willingness,
    abilityWill: abilityWillQuadrant(ability, willingness),
    churnRiskScore: churn?.score ?? null,
    churnReasons: churn?.reasons ?? [],
    claimsLast12m,
    totalPremiumPaidFen: f.policies.reduce((s, p) => s + premiumPaidFen(p, today), 0),
    totalClaimsPaidFen: f.claims.reduce((s, c) => s + c.amountPaidFen, 0),
    isClubMember: clubMember({ hasPolicyInForce: inForce, claimReportedOn: f.claims.map((c) => c.reportedOn) }, today),
  };
}
