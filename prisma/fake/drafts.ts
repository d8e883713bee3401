// In-memory drafts of one customer and their records while they are being generated. The
// classification is computed from these (via lib/domain) before the rows go to the sink.
import type { PolicyFacts, ProspectStage } from "@/lib/domain/segments";
import type { ClaimStatus, ComplaintStatus, Gender, ProductLine } from "@/lib/generated/prisma/enums";
import type { TableRows } from "./tables";
import type { Occupation } from "./work";
import type { CityUnit, Staff } from "./world";

export interface PersonTraits {
  gender: Gender;
  birthDay: number;
  age: number;
  pinyin: string | null;
  occupation: Occupation;
  married: boolean;
  /** Names of children recorded as family members (for education policies). */
  children: string[];
  spouse: string | null;
}

export interface PolicyDraft {
  row: TableRows["Policy"];
  line: ProductLine;
  annual: boolean;
  startDay: number;
  endDay: number;
  /** Day a lapse or surrender took effect. */
  statusDay: number | null;
  premiumFen: number;
  sumInsuredYuan: number;
  claimRate: number;
  claimMedian: number;
  /** Insured customers (employees of a group policy), who may claim on it. */
  insuredIds: string[];
  facts: PolicyFacts;
}

export interface ClaimDraft {
  id: string;
  policy: PolicyDraft;
  customerId: string;
  status: ClaimStatus;
  reportedMs: number;
  closedMs: number | null;
  amountPaidFen: number;
  rejected: boolean;
}

export interface ComplaintDraft {
  id: string;
  customerId: string;
  status: ComplaintStatus;
  closedMs: number | null;
  policy: PolicyDraft | null;
}

export interface CustomerDraft {
  row: TableRows["Customer"];
  id: string;
  city: CityUnit;
  agent: Staff | null;
  /** The deactivated agent who used to serve an orphan or a reallocated customer. */
  formerAgent: Staff | null;
  person: PersonTraits | null;
  /** Latent satisfaction 0–100 that drives answers, evaluations and complaints. */
  mood: number;
  /** Claims happen more to some people. */
  claimProneness: number;
  wealthy: boolean;
  prospect: ProspectStage | null;
  sinceDay: number;
  policies: PolicyDraft[];
  coveredBy: PolicyDraft[];
  claims: ClaimDraft[];
  complaints: ComplaintDraft[];
  surveyCsats: number[];
  visitEvaluations: number[];
  hasUpcomingAppointment: boolean;
  contactMs: number[];
}

export function fenToYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}
