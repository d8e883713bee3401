// The workbook's labels from the analysis and enum messages (shared by the export route and tests).
import type { AnalysisXlsxLabels } from "@/lib/export/analysis-xlsx";
import { ANALYSIS_DIMENSIONS } from "@/lib/domain/complaint-analysis";
import { dimensionLabel } from "./dimension-label";

type T = (key: string, values?: Record<string, string>) => string;

export function workbookLabels(t: T, te: T, title: string): AnalysisXlsxLabels {
  return {
    sheet: t("sheet"),
    title,
    summary: t("summary"),
    definitions: t("definitions"),
    trend: t("trend"),
    head: {
      key: t("col.key"),
      complaints: t("col.complaints"),
      customers: t("col.customers"),
      per10k: t("col.per10k"),
      share: t("col.share"),
      sla48h: t("col.sla48h"),
      sla72h: t("col.sla72h"),
      avgHours: t("col.avgHours"),
      reopenRate: t("col.reopenRate"),
    },
    dims: Object.fromEntries(ANALYSIS_DIMENSIONS.map((d) => [d, t(`dims.${d}`)])) as AnalysisXlsxLabels["dims"],
    rowLabel: (dim, key, label) => dimensionLabel(dim, key, label, { enums: te, analysis: t }),
  };
}
