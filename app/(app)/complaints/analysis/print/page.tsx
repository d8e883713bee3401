import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AnalysisSummary, AnalysisTables } from "@/components/analysis/analysis-report";
import { PrintButton } from "@/components/analysis/print-button";
import { AnalysisTrendChart } from "@/components/analysis/trend-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { complaintAnalysis } from "@/lib/data/complaints/analysis";
import { shanghaiDate } from "@/lib/domain/dates";
import { parseAnalysisParams } from "@/lib/validation/analysis";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analysis"))("title") };
}

// Hides the app shell when printing, so the browser's "save as PDF" gives just the report on A4.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 12mm; }
  body { background: #fff !important; }
  aside, header, a[href="#main"] { display: none !important; }
  div:has(> aside) { display: block !important; }
  main { max-width: none !important; padding: 0 !important; }
}`;

export default async function AnalysisPrintPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, locale, raw] = await Promise.all([getTranslations("analysis"), getLocale(), searchParams]);
  if (!can(actor.role, "complaint.analyse")) return <EmptyState title={t("forbidden")} />;
  const { params } = parseAnalysisParams(raw, shanghaiDate());
  let data;
  try {
    data = await complaintAnalysis(actor, { month: params.month, orgUnitId: params.org }, { locale });
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("forbidden")} />;
    throw e;
  }
  // Viewing the print layout is a view like the analysis page (and a GET must not write, or another
  // site could make a user's browser record an export in their name). Printing it is the export: the
  // print button and the browser's own print record it through a same-origin server action.
  const at = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date());
  return (
    <article className="space-y-4 bg-white text-slate-900" data-testid="analysis-print">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-300 pb-2">
        <div>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="text-slate-600">{t("description", { org: data.orgUnitName, month: data.month })}</p>
          <p className="text-xs text-slate-500">{t("generatedAt", { at, by: actor.name })}</p>
        </div>
        <PrintButton label={t("printNow")} month={data.month} org={params.org} />
      </div>
      <AnalysisSummary data={data} />
      <section className="print:break-inside-avoid">
        <h2 className="mb-1 text-sm font-semibold">{t("trend")}</h2>
        <AnalysisTrendChart
          data={data.trend}
          title={t("trend")}
          labels={{
            complaints: t("trendLegend.complaints"),
            sla48h: t("trendLegend.sla48h"),
            sla72h: t("trendLegend.sla72h"),
          }}
        />
      </section>
      {data.total.complaints === 0 ? <EmptyState title={t("empty")} /> : <AnalysisTables data={data} />}
      <p className="text-xs text-slate-600">{t("definitions")}</p>
    </article>
  );
}
