// Column labels and the visible scoring formula, shared by the page and the Excel export.
import { APPRAISAL_WEIGHTS, COMPLAINT_PENALTY, REPEAT_FULL_MARKS } from "@/lib/domain/appraisal";

type T = (key: string, values?: Record<string, string | number>) => string;

export const APPRAISAL_COLUMNS = [
  "rank",
  "name",
  "orgUnit",
  "score",
  "renewed",
  "renewalRate",
  "repeatBuyers",
  "repeatPurchaseRate",
  "visitRate",
  "csat",
  "complaints",
  "churnRate",
] as const;

export function appraisalHead(t: T): string[] {
  return APPRAISAL_COLUMNS.map((c) => t(`col.${c}`));
}

export function formulaText(t: T): string {
  return t("formula", {
    ...APPRAISAL_WEIGHTS,
    penalty: COMPLAINT_PENALTY,
    full: `${Math.round(REPEAT_FULL_MARKS * 1000) / 10}%`,
  });
}
