// §6 visit plan rules, pure: when a plan item is due, which method to suggest, the idempotency key,
// and when a logged visit needs a follow-up. The plan job (lib/data/visits/plans.ts) states the same
// rules in SQL for the set-based run and is tested against these functions.
import type { CustomerKind, VipTier, VisitMethod } from "@/lib/generated/prisma/enums";
import type { AppConfig } from "./config";
import { addDays, daysBetween } from "./dates";

/** Customers held this long (since the first purchase) are long-standing and visited on site. */
export const LONG_STANDING_YEARS = 3;
/** The nightly run plans pre-expiry visits this many days before they fall due, so they show ahead. */
export const PRE_EXPIRY_LOOKAHEAD_DAYS = 14;
/** A visit score at or below this opens a follow-up task for the service centre. */
export const LOW_SCORE_THRESHOLD = 2;

type VisitRules = AppConfig["visits"];

export type MethodInput = {
  kind: CustomerKind;
  vipTier: VipTier;
  /** YYYY-MM-DD of the first purchase, or null for a customer who has not bought yet. */
  firstPurchaseAt: string | null;
};

/** Whole years from the first purchase to `today` (0 for customers who have not bought). */
export function tenureYears(firstPurchaseAt: string | null, today: string): number {
  if (!firstPurchaseAt || firstPurchaseAt > today) return 0;
  const [fy, fm, fd] = firstPurchaseAt.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Phone for new and small customers; on site for VIP, corporate/group/high-net-worth and long-standing ones. */
export function suggestVisitMethod(c: MethodInput, today: string): VisitMethod {
  if (c.vipTier !== "NONE" || c.kind !== "INDIVIDUAL") return "ON_SITE";
  return tenureYears(c.firstPurchaseAt, today) >= LONG_STANDING_YEARS ? "ON_SITE" : "PHONE";
}

/** The anchor of the new-customer visit: the first purchase, or the day the customer was registered. */
export function newCustomerAnchor(firstPurchaseAt: string | null, createdOn: string): string {
  return firstPurchaseAt ?? createdOn;
}

/** A new customer is visited within `newCustomerWithinDays` of the anchor: that day is the due date. */
export function newCustomerDueDate(anchor: string, rules: VisitRules): string {
  return addDays(anchor, rules.newCustomerWithinDays);
}

/** Whether a customer still gets a new-customer plan today (its due date has not passed). */
export function isNewCustomerInWindow(anchor: string, today: string, rules: VisitRules): boolean {
  return anchor <= today && newCustomerDueDate(anchor, rules) >= today;
}

/** Pre-expiry visit: `preExpiryDays` before the end date, but never in the past for a late-planned item. */
export function preExpiryDueDate(endDate: string, today: string, rules: VisitRules): string {
  const due = addDays(endDate, -rules.preExpiryDays);
  return due < today ? today : due;
}

/** In-force policies ending in [today, today + preExpiryDays + lookahead] get their pre-expiry plan. */
export function preExpiryWindow(today: string, rules: VisitRules): { from: string; to: string } {
  return { from: today, to: addDays(today, rules.preExpiryDays + PRE_EXPIRY_LOOKAHEAD_DAYS) };
}

export const planKey = {
  newCustomer: (customerId: string) => `NEW_CUSTOMER:${customerId}`,
  preExpiry: (policyId: string) => `PRE_EXPIRY:${policyId}`,
};

/** Days a planned item is overdue (positive), due today (0) or ahead (negative). */
export function overdueDays(dueDate: string, today: string): number {
  return daysBetween(dueDate, today);
}

export type VisitUrgency = "overdue" | "today" | "soon" | "later";

export function visitUrgency(dueDate: string, today: string, soonDays = 7): VisitUrgency {
  const d = overdueDays(dueDate, today);
  if (d > 0) return "overdue";
  if (d === 0) return "today";
  return -d <= soonDays ? "soon" : "later";
}

/** A low claim-service or overall score (≤ 2 on either) needs the service centre to follow up. */
export function needsLowScoreFollowUp(scores: {
  claimSatisfaction: number | null;
  overallEvaluation: number | null;
}): boolean {
  return [scores.claimSatisfaction, scores.overallEvaluation].some((s) => s !== null && s <= LOW_SCORE_THRESHOLD);
}
