import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { SurveyFilters } from "@/components/surveys/survey-filters";
import { SurveyStatsTables } from "@/components/surveys/stats-tables";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { StatCard } from "@/components/ui/stat-card";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listSurveys } from "@/lib/data/surveys/surveys";
import { surveyStats } from "@/lib/data/surveys/stats";
import { shiftMonth } from "@/lib/domain/complaint-analysis";
import { shanghaiDate } from "@/lib/domain/dates";
import { parseSurveyListParams } from "@/lib/validation/survey";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function SurveysPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, te, terr, locale, raw] = await Promise.all([
    getTranslations("surveys"),
    getTranslations("enums"),
    getTranslations("errors"),
    getLocale(),
    searchParams,
  ]);
  if (!can(actor.role, "survey.read")) return <EmptyState title={terr("forbidden")} />;
  const { params, valid } = parseSurveyListParams(raw);
  const thisMonth = shanghaiDate().slice(0, 7);
  const to = params.to ?? thisMonth;
  // At most two years of figures at once (the query reads every completed survey of the range).
  const earliest = shiftMonth(to, -23);
  const from =
    params.from && params.from <= to ? (params.from < earliest ? earliest : params.from) : shiftMonth(to, -11);
  const [list, stats] = await Promise.all([listSurveys(actor, params, locale), surveyStats(actor, { from, to })]);
  const qs = new URLSearchParams(
    Object.entries(params)
      .filter(([k, v]) => k !== "page" && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const dt = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(d);
  const n1 = (v: number | null) =>
    v === null ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v);
  const manage = can(actor.role, "survey.manage");
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("count", { count: list.total })}
        actions={
          manage ? (
            <>
              <ButtonLink href="/surveys/templates">{t("templates")}</ButtonLink>
              <ButtonLink variant="primary" href="/surveys/campaigns/new">
                {t("campaign")}
              </ButtonLink>
            </>
          ) : undefined
        }
      />
      {!valid && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("errors.invalid")}
        </p>
      )}
      <SurveyFilters params={params} range={{ from, to }} t={t} te={te} />
      <section className="space-y-3" aria-labelledby="stats-h">
        <h2 id="stats-h" className="text-base font-semibold">
          {t("stats.title")}{" "}
          <span className="text-sm font-normal text-slate-500">{t("stats.range", { from, to })}</span>
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <StatCard label={t("stats.surveys")} value={String(stats.total.surveys)} testId="stat-surveys" />
          <StatCard label={t("stats.csat")} value={n1(stats.total.csat)} testId="stat-csat" />
          <StatCard
            label={t("stats.nps")}
            value={n1(stats.total.nps)}
            tone={stats.total.nps !== null && stats.total.nps < 0 ? "danger" : "default"}
            testId="stat-nps"
          />
          <StatCard
            label={t("stats.low")}
            value={String(stats.total.low)}
            tone={stats.total.low > 0 ? "warn" : "default"}
          />
        </div>
        {stats.total.surveys === 0 ? <EmptyState title={t("stats.empty")} /> : <SurveyStatsTables stats={stats} />}
        <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600" data-testid="survey-formula">
          {t("stats.formula")}
        </p>
      </section>
      {list.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white" data-testid="survey-list">
          <ResponsiveTable
            head={[
              t("col.customer"),
              t("col.template"),
              t("col.trigger"),
              t("col.status"),
              t("col.dueAt"),
              t("col.score"),
              t("col.open"),
            ]}
          >
            {list.rows.map((s) => (
              <Tr key={s.id}>
                <Td label={t("col.customer")}>
                  <span className="font-medium">{s.customer.name}</span>
                  <span className="block text-xs text-slate-500">{s.customer.customerNo}</span>
                </Td>
                <Td label={t("col.template")}>{s.template}</Td>
                <Td label={t("col.trigger")}>{te(`SurveyTrigger.${s.trigger}`)}</Td>
                <Td label={t("col.status")}>
                  <Badge tone={s.status === "PENDING" ? "amber" : s.status === "COMPLETED" ? "green" : "slate"}>
                    {te(`SurveyStatus.${s.status}`)}
                  </Badge>
                </Td>
                <Td label={t("col.dueAt")}>{dt(s.completedAt ?? s.dueAt)}</Td>
                <Td label={t("col.score")}>
                  <span className="tabular-nums">
                    {s.status === "COMPLETED" ? `${n1(s.csat)} / ${s.npsScore ?? "—"}` : "—"}
                  </span>
                </Td>
                <Td label={t("col.open")}>
                  <Link href={`/surveys/${s.id}`} className="text-brand-700 hover:underline" data-testid="survey-open">
                    {s.status === "PENDING" && can(actor.role, "survey.record") ? t("record") : t("view")}
                  </Link>
                </Td>
              </Tr>
            ))}
          </ResponsiveTable>
          <div className="px-3">
            <Pagination
              page={list.page}
              pageSize={list.pageSize}
              total={list.total}
              params={qs}
              labels={{
                previous: t("pagination.previous"),
                next: t("pagination.next"),
                summary: t("pagination.summary", { page: list.page, pages }),
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
