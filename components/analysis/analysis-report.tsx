// The analysis figures (summary cards and one table per dimension), shared by the page and the
// printable version. Server component: plain markup, no client JavaScript.
import { getLocale, getTranslations } from "next-intl/server";
import { StatCard } from "@/components/ui/stat-card";
import type { AnalysisRow, ComplaintAnalysis } from "@/lib/data/complaints/analysis";
import { ANALYSIS_DIMENSIONS, monthOverMonth, type AnalysisDimension } from "@/lib/domain/complaint-analysis";
import { dimensionLabel } from "./dimension-label";
import { dec, int, pct } from "./format";

export async function AnalysisSummary({ data }: { data: ComplaintAnalysis }) {
  const [t, locale] = await Promise.all([getTranslations("analysis"), getLocale()]);
  const mom = monthOverMonth(data.total.complaints, data.previousMonthComplaints);
  const f = data.total;
  return (
    <div
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 print:grid-cols-4"
      data-testid="analysis-summary"
    >
      <StatCard label={t("stats.complaints")} value={int(f.complaints, locale)} testId="stat-complaints" />
      <StatCard label={t("stats.per10k")} value={dec(f.per10k, locale, 2)} testId="stat-per10k" />
      <StatCard
        label={t("stats.mom")}
        value={mom === null ? "—" : `${mom > 0 ? "+" : ""}${pct(mom, locale)}`}
        tone={mom !== null && mom > 0 ? "warn" : "default"}
        testId="stat-mom"
      />
      <StatCard label={t("stats.customers")} value={int(data.customers, locale)} />
      <StatCard
        label={t("stats.sla48h")}
        value={pct(f.sla48h, locale)}
        tone={f.sla48h !== null && f.sla48h < 0.9 ? "danger" : "default"}
        testId="stat-sla48h"
      />
      <StatCard
        label={t("stats.sla72h")}
        value={pct(f.sla72h, locale)}
        tone={f.sla72h !== null && f.sla72h < 0.9 ? "danger" : "default"}
        testId="stat-sla72h"
      />
      <StatCard
        label={t("stats.avgHours")}
        value={f.avgHandlingHours === null ? "—" : t("hours", { value: dec(f.avgHandlingHours, locale) })}
        testId="stat-avg-hours"
      />
      <StatCard label={t("stats.reopenRate")} value={pct(f.reopenRate, locale)} testId="stat-reopen" />
    </div>
  );
}

function columns(dim: AnalysisDimension): (keyof AnalysisRow)[] {
  return dim === "org"
    ? ["complaints", "customers", "per10k", "share", "sla48h", "sla72h", "avgHandlingHours", "reopenRate"]
    : ["complaints", "share", "sla48h", "sla72h", "avgHandlingHours", "reopenRate"];
}

const COL_LABEL: Partial<Record<keyof AnalysisRow, string>> = { avgHandlingHours: "avgHours" };

export async function AnalysisTables({ data }: { data: ComplaintAnalysis }) {
  const [t, te, locale] = await Promise.all([getTranslations("analysis"), getTranslations("enums"), getLocale()]);
  const cell = (row: AnalysisRow, c: keyof AnalysisRow): string => {
    const v = row[c];
    if (c === "complaints" || c === "customers") return int(Number(v ?? 0), locale);
    if (c === "per10k") return dec(v as number | null, locale, 2);
    if (c === "avgHandlingHours") return dec(v as number | null, locale);
    return pct(v as number | null, locale);
  };
  return (
    <div className="grid gap-4">
      {ANALYSIS_DIMENSIONS.map((dim) => {
        const rows = data.groups[dim];
        const cols = columns(dim);
        return (
          <section
            key={dim}
            className="min-w-0 rounded-lg border border-slate-200 bg-white print:break-inside-avoid"
            data-testid={`analysis-${dim}`}
          >
            <h2 className="border-b border-slate-100 px-3 py-2 text-sm font-semibold">{t(`dims.${dim}`)}</h2>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[36rem] text-sm print:min-w-0">
                <thead className="text-left text-xs text-slate-500">
                  <tr className="border-b border-slate-100">
                    <th scope="col" className="px-3 py-1.5 font-medium">
                      {t("col.key")}
                    </th>
                    {cols.map((c) => (
                      <th key={c} scope="col" className="px-2 py-1.5 text-right font-medium whitespace-nowrap">
                        {t(`col.${COL_LABEL[c] ?? c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-50">
                  {rows.map((r) => (
                    <tr key={r.key ?? "-"}>
                      <th
                        scope="row"
                        className={`px-3 py-1.5 text-left font-normal ${dim === "rootCause" ? "min-w-40" : "whitespace-nowrap"}`}
                      >
                        {dimensionLabel(dim, r.key, r.label, { enums: te, analysis: t })}
                      </th>
                      {cols.map((c) => (
                        <td key={c} className="px-2 py-1.5 text-right tabular-nums whitespace-nowrap">
                          {cell(r, c)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
