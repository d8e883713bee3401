import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DownloadButton } from "@/components/ui/download-button";
import { PeriodPicker } from "@/components/cockpit/period-picker";
import { formatKpi, queryString } from "@/components/cockpit/format";
import { indentOrgs } from "@/components/cockpit/org-tree";
import { APPRAISAL_COLUMNS, formulaText } from "@/components/appraisal/labels";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { appraisal } from "@/lib/data/kpi/appraisal";
import { orgOptions } from "@/lib/data/kpi/org-options";
import { APPRAISAL_SORTS, type AppraisalSort } from "@/lib/domain/appraisal";
import { shanghaiDate } from "@/lib/domain/dates";
import { parseCockpitParams, periodParams } from "@/lib/validation/kpi";

const FORMAT: Partial<Record<(typeof APPRAISAL_COLUMNS)[number], "rate" | "score" | "count">> = {
  score: "score",
  renewed: "count",
  renewalRate: "rate",
  repeatBuyers: "count",
  repeatPurchaseRate: "rate",
  visitRate: "rate",
  csat: "score",
  complaints: "count",
  churnRate: "rate",
};

export default async function AppraisalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor.role, "appraisal.read")) notFound();
  const [t, tk, locale, raw] = await Promise.all([
    getTranslations("appraisal"),
    getTranslations("kpi"),
    getLocale(),
    searchParams,
  ]);
  const today = shanghaiDate();
  const { params, period, valid } = parseCockpitParams(raw, today);
  const sortRaw = Array.isArray(raw.sort) ? raw.sort[0] : raw.sort;
  const sort: AppraisalSort = APPRAISAL_SORTS.includes(sortRaw as AppraisalSort) ? (sortRaw as AppraisalSort) : "score";
  const dir = (Array.isArray(raw.dir) ? raw.dir[0] : raw.dir) === "asc" ? "asc" : "desc";
  const orgs = indentOrgs(await orgOptions(actor, locale));
  if (!valid || !period) return <EmptyState title={tk("errors.period")} />;
  let rows;
  try {
    rows = await appraisal(actor, period, { orgUnitId: params.org, sort, dir, locale }, today);
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={tk("errors.forbidden")} />;
    throw e;
  }
  const base = { ...periodParams(period), org: params.org };
  const sortHref = (key: AppraisalSort) =>
    queryString({ ...base, sort: key, dir: sort === key && dir === "desc" ? "asc" : "desc" });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={period.kind === "custom" ? `${period.start} – ${period.end}` : period.key}
        actions={
          <DownloadButton action={`/appraisal/export${queryString(base)}`} testId="appraisal-export">
            {t("export")}
          </DownloadButton>
        }
      />
      <PeriodPicker
        path="/appraisal"
        kind={period.kind}
        value={period.kind !== "custom" ? period.key : today.slice(0, 7)}
        from={period.start}
        to={period.end}
        orgUnitId={params.org ?? actor.orgUnitId}
        orgs={orgs}
        keep={{}}
        labels={{
          period: tk("period"),
          kinds: {
            month: tk("periodKind.month"),
            quarter: tk("periodKind.quarter"),
            year: tk("periodKind.year"),
            custom: tk("periodKind.custom"),
          },
          value: tk("periodValue"),
          from: tk("from"),
          to: tk("to"),
          orgUnit: tk("orgUnit"),
          apply: tk("apply"),
        }}
      />
      <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600" data-testid="appraisal-formula">
        {formulaText(t)}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[56rem] text-sm" data-testid="appraisal-table">
            <thead className="text-left text-xs text-slate-500">
              <tr className="border-b border-slate-200">
                {APPRAISAL_COLUMNS.map((c) => (
                  <th key={c} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                    {APPRAISAL_SORTS.includes(c as AppraisalSort) ? (
                      <Link href={sortHref(c as AppraisalSort)} className="hover:underline">
                        {t(`col.${c}`)}
                        {sort === c ? (dir === "desc" ? " ↓" : " ↑") : ""}
                      </Link>
                    ) : (
                      t(`col.${c}`)
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.agentId}>
                  {APPRAISAL_COLUMNS.map((c) => {
                    const f = FORMAT[c];
                    const v = r[c];
                    return (
                      <td key={c} className={`px-3 py-1.5 whitespace-nowrap ${f ? "tabular-nums" : ""}`}>
                        {f ? formatKpi(f, v as number | null, locale) : String(v)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
