import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AnalysisSummary, AnalysisTables } from "@/components/analysis/analysis-report";
import { MonthOrgForm } from "@/components/analysis/month-org-form";
import { AnalysisTrendChart } from "@/components/analysis/trend-chart";
import { indentOrgs } from "@/components/cockpit/org-tree";
import { queryString } from "@/components/cockpit/format";
import { ButtonLink } from "@/components/ui/button";
import { DownloadButton } from "@/components/ui/download-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { complaintAnalysis } from "@/lib/data/complaints/analysis";
import { orgOptions } from "@/lib/data/kpi/org-options";
import { shanghaiDate } from "@/lib/domain/dates";
import { parseAnalysisParams } from "@/lib/validation/analysis";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analysis"))("title") };
}

export default async function ComplaintAnalysisPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, locale, raw] = await Promise.all([getTranslations("analysis"), getLocale(), searchParams]);
  if (!can(actor.role, "complaint.analyse")) return <EmptyState title={t("forbidden")} />;
  const { params, valid } = parseAnalysisParams(raw, shanghaiDate());
  let data;
  try {
    data = await complaintAnalysis(actor, { month: params.month, orgUnitId: params.org }, { locale });
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("forbidden")} />;
    throw e;
  }
  const orgs = indentOrgs(await orgOptions(actor, locale));
  const qs = queryString({ month: data.month, org: params.org });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("description", { org: data.orgUnitName, month: data.month })}
        actions={
          <>
            <DownloadButton action={`/complaints/analysis/export${qs}`} testId="analysis-export">
              {t("export")}
            </DownloadButton>
            <ButtonLink href={`/complaints/analysis/print${qs}`} prefetch={false}>
              {t("print")}
            </ButtonLink>
            {can(actor.role, "correctiveAction.manage") && (
              <ButtonLink
                variant="primary"
                href={`/complaints/actions/new${queryString({ month: data.month, org: data.orgUnitId })}`}
              >
                {t("createAction")}
              </ButtonLink>
            )}
          </>
        }
      />
      {!valid && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("invalid")}
        </p>
      )}
      <MonthOrgForm
        action="/complaints/analysis"
        month={data.month}
        orgUnitId={data.orgUnitId}
        orgs={orgs}
        labels={{ month: t("month"), orgUnit: t("orgUnit"), apply: t("apply") }}
      />
      <AnalysisSummary data={data} />
      <section className="rounded-lg border border-slate-200 bg-white p-3">
        <h2 className="mb-2 text-sm font-semibold">{t("trend")}</h2>
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
      <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600">{t("definitions")}</p>
    </div>
  );
}
