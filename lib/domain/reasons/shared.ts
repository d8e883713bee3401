// Shared types and helpers of the classification reasons (see lib/domain/classification-reasons.ts).
import type { ActivityStatus, VipTier } from "../classification";
import type { AppConfig } from "../config";
import {
  HIGH_SCORE,
  type AbilityWillQuadrant,
  type Channel,
  type CustomerKind,
  type LifecycleStage,
  type PolicyFacts,
  type ProspectSource,
  type SatLoyaltyQuadrant,
  type Touchpoint,
} from "../segments";

/** A message parameter: plain, an amount in yuan, a message key to translate, or a list of keys. */
export type ReasonParam = string | number | { money: number } | { label: string } | { labels: string[] };

export interface Reason {
  key: string;
  params?: Record<string, ReasonParam>;
}

export type Dimension =
  | "insured"
  | "channel"
  | "servicing"
  | "contactability"
  | "activity"
  | "touchpoints"
  | "lifecycle"
  | "vipTier"
  | "tenure"
  | "satLoyalty"
  | "abilityWill";

export interface ExplainedClassification {
  dimension: Dimension;
  /** SPEC section, e.g. "3.5". */
  section: string;
  /** Message keys of the stored value(s); empty when the classification does not apply. */
  values: string[];
  reasons: Reason[];
  /** Message keys of the value today's rule gives, when it differs from the stored one. */
  recomputed?: string[];
}

export interface ReasonPolicy extends PolicyFacts {
  policyNo: string;
}

export interface ReasonInput {
  /** Asia/Shanghai calendar date, YYYY-MM-DD. */
  today: string;
  config: AppConfig;
  customer: {
    kind: CustomerKind;
    mobile: string | null;
    homePhone: string | null;
    email: string | null;
    prospectSource: ProspectSource | null;
    isInsured: boolean;
    channel: Channel | null;
    isOrphan: boolean;
    contactable: boolean;
    activity: ActivityStatus | null;
    touchpoints: Touchpoint[];
    lifecycleStage: LifecycleStage;
    vipTier: VipTier;
    annualPremiumYuan: number;
    firstPurchaseAt: string | null;
    lastPurchaseAt: string | null;
    satisfactionScore: number | null;
    loyaltyScore: number | null;
    satLoyalty: SatLoyaltyQuadrant | null;
    abilityScore: number | null;
    willingnessScore: number | null;
    abilityWill: AbilityWillQuadrant | null;
  };
  /** The responsible agent's name, null without one. */
  agentName: string | null;
  /** Policies the customer holds. */
  policies: ReasonPolicy[];
  /** Group policies the customer is insured under without holding them. */
  coveredBy: ReasonPolicy[];
  /** Report date of the customer's latest claim. */
  latestClaimOn: string | null;
  /** Due date of the next planned visit (预约) within 30 days. */
  upcomingAppointmentOn: string | null;
}

export const NS = "classification";
export const label = (key: string) => ({ label: key });
export const enumKey = (type: string, value: string) => `enums.${type}.${value}`;
export const level = (score: number) => (score >= HIGH_SCORE ? "high" : "low");
export const PROSPECT_STAGES: readonly LifecycleStage[] = ["POTENTIAL", "TARGET", "PROSPECT"];
export const TIERS = ["GOLD", "PLATINUM", "DIAMOND", "SUPREME"] as const;

function differs(stored: readonly string[], today: readonly string[]): boolean {
  return stored.length !== today.length || stored.some((v) => !today.includes(v));
}

export function explained(
  dimension: Dimension,
  section: string,
  values: string[],
  reasons: Reason[],
  todayValues: string[] = values,
): ExplainedClassification {
  const result: ExplainedClassification = { dimension, section, values, reasons };
  if (differs(values, todayValues)) result.recomputed = todayValues;
  return result;
}

/** The policies that make a customer insured: their own, or else the group cover they are under. */
export const covering = (i: ReasonInput) => (i.policies.length > 0 ? i.policies : i.coveredBy);
export const latestStarted = (ps: readonly ReasonPolicy[]) =>
  ps.reduce<ReasonPolicy | null>((best, p) => (!best || p.startDate > best.startDate ? p : best), null);
