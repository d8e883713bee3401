// Survey scores (§8), written once. A completed survey stores `csat` (0–100) and `npsScore` (0–10);
// the cockpit (lib/data/kpi/facts.ts, lib/domain/kpi.ts) averages `csat` and counts promoters and
// detractors from `npsScore`, so these are the only definitions of both.
//
// Per-survey CSAT = mean over the survey's 1–5 scale answers of (score − 1) × 25, i.e. 1 → 0, 3 → 50,
// 5 → 100 (the same mapping the demo data uses). A period's CSAT is the mean of its surveys' CSAT.
// NPS = % promoters (9–10) − % detractors (0–6) of the NPS answers, in points (−100 … 100).
import { isDetractor, nps } from "./kpi";

export type AnswerInput =
  | { type: "SCALE_5"; score: number | null }
  | { type: "NPS_10"; score: number | null }
  | { type: "CHOICE"; choice: string | null }
  | { type: "TEXT"; text: string | null };

/** (score − 1) × 25 for one 1–5 answer. */
export function scaleToCsat(score: number): number {
  return (score - 1) * 25;
}

/** CSAT 0–100 of one survey, or null when it has no scale answer. Rounded to 2 decimals (Decimal(5,2)). */
export function surveyCsat(scaleScores: readonly number[]): number | null {
  if (scaleScores.length === 0) return null;
  const mean = scaleScores.reduce((s, v) => s + scaleToCsat(v), 0) / scaleScores.length;
  return Math.round(mean * 100) / 100;
}

/** CSAT of a set of surveys: the mean of their CSAT values. */
export function meanCsat(csatSum: number, csatCount: number): number | null {
  return csatCount > 0 ? csatSum / csatCount : null;
}

/** NPS of a set of answers, in points. */
export function npsOf(scores: readonly number[]): number | null {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => isDetractor(s)).length;
  return nps(promoters, detractors, scores.length);
}

/** A low score opens a follow-up task: any 1–5 answer of 2 or less, or an NPS answer of 6 or less (a detractor). */
export const LOW_SCALE_MAX = 2;

export function lowScoreReasons(answers: readonly AnswerInput[]): ("scale" | "nps")[] {
  const reasons: ("scale" | "nps")[] = [];
  if (answers.some((a) => a.type === "SCALE_5" && a.score !== null && a.score <= LOW_SCALE_MAX)) reasons.push("scale");
  if (answers.some((a) => a.type === "NPS_10" && a.score !== null && isDetractor(a.score))) reasons.push("nps");
  return reasons;
}

export function isLowScore(answers: readonly AnswerInput[]): boolean {
  return lowScoreReasons(answers).length > 0;
}

/** The values stored on the survey when it is completed. */
export function surveyScores(answers: readonly AnswerInput[]): {
  csat: number | null;
  npsScore: number | null;
  low: boolean;
} {
  const scales = answers.flatMap((a) => (a.type === "SCALE_5" && a.score !== null ? [a.score] : []));
  const npsAnswer = answers.find((a) => a.type === "NPS_10" && a.score !== null);
  return {
    csat: surveyCsat(scales),
    npsScore: npsAnswer && npsAnswer.type === "NPS_10" ? npsAnswer.score : null,
    low: isLowScore(answers),
  };
}

export const STAT_DIMENSIONS = ["channel", "agent", "product", "month", "dimension"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
