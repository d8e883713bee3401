// §6 club membership (大地之友-style) and the §4 green channel. Pure: the caller loads the facts.
//
// A customer is a club member on `today` (Asia/Shanghai, YYYY-MM-DD) when
//   1. they hold at least one policy in force (status IN_FORCE), and
//   2. no claim of theirs was reported in the 12 months before today: every claim was reported on
//      or before the same calendar day 12 months earlier (29 Feb → 28 Feb in a common year).
// So a customer whose last claim was reported exactly 12 months ago qualifies again today.
import type { VipTier } from "./classification";

/** The last day on which a claim no longer counts against membership on `today`: today − 12 months. */
export function clubWindowStart(today: string): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const year = y - 1;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

export interface ClubFacts {
  /** Holds a policy whose status is IN_FORCE. */
  hasPolicyInForce: boolean;
  /** The Shanghai dates (YYYY-MM-DD) on which the customer's claims were reported. */
  claimReportedOn: readonly string[];
}

/** A claim reported on this date counts against membership on `today`. */
export function claimCountsAgainstClub(reportedOn: string, today: string): boolean {
  return reportedOn > clubWindowStart(today) && reportedOn <= today;
}

export function isClubMember(f: ClubFacts, today: string): boolean {
  return f.hasPolicyInForce && !f.claimReportedOn.some((on) => claimCountsAgainstClub(on, today));
}

/** Tiers from 金卡 Gold up are 高端客户 and get the green channel. */
const GREEN_TIERS: readonly VipTier[] = ["GOLD", "PLATINUM", "DIAMOND", "SUPREME"];

/**
 * 绿色通道: a claim goes through the priority queue when its claimant is VIP (tier ≥ Gold) or was a
 * club member when the claim was reported (judged without that claim itself).
 */
export function greenChannelEligible(vipTier: VipTier, clubMemberAtReport: boolean): boolean {
  return GREEN_TIERS.includes(vipTier) || clubMemberAtReport;
}
