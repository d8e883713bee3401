import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AnswerForm } from "@/components/surveys/answer-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getSurvey } from "@/lib/data/surveys/surveys";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveys"))("title") };
}

export default async function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const [{ id }, t, te, terr, locale] = await Promise.all([
    params,
    getTranslations("surveys"),
    getTranslations("enums"),
    getTranslations("errors"),
    getLocale(),
  ]);
  if (!can(actor.role, "survey.read")) return <EmptyState title={terr("forbidden")} />;
  if (!z.uuid().safeParse(id).success) notFound();
  const s = await getSurvey(actor, id, locale);
  if (!s) notFound();
  const dt = (d: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d);
  const n = (v: number | null) => (v === null ? "—" : String(v));
  return (
    <div className="space-y-4">
      <PageHeader
        title={s.template}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={s.status === "PENDING" ? "amber" : s.status === "COMPLETED" ? "green" : "slate"}>
              {te(`SurveyStatus.${s.status}`)}
            </Badge>
            {te(`SurveyTrigger.${s.trigger}`)}
          </span>
        }
      />
      <dl className="grid grid-cols-1 gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-500">{t("detail.customer")}</dt>
          <dd>
            <Link href={`/customers/${s.customer.id}`} className="text-brand-700 hover:underline">
              {s.customer.name}
            </Link>{" "}
            <span className="text-xs text-slate-500">{s.customer.customerNo}</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("detail.mobile")}</dt>
          <dd className="tabular-nums" data-testid="survey-mobile">
            {s.customer.mobile ?? "—"}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("detail.source")}</dt>
          <dd>{s.source ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("detail.due")}</dt>
          <dd>{dt(s.dueAt)}</dd>
        </div>
      </dl>
      {s.status === "PENDING" && can(actor.role, "survey.record") ? (
        <AnswerForm surveyId={s.id} questions={s.questions} />
      ) : (
        <div className="space-y-3">
          {s.status === "COMPLETED" ? (
            <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">
              <p className="font-medium">{t("detail.result", { csat: n(s.csat), nps: n(s.npsScore) })}</p>
              <p className="text-xs text-slate-500">
                {t("detail.completed", {
                  at: s.completedAt ? dt(s.completedAt) : "—",
                  by: s.conductedBy ?? "—",
                  method: s.method ? te(`SurveyMethod.${s.method}`) : "—",
                })}
              </p>
              {s.tasks.length > 0 && (
                <p className="mt-1 text-sm text-amber-700">
                  <Link href="/tasks?kind=LOW_SCORE_FOLLOW_UP" className="underline">
                    {t("detail.task")}
                  </Link>
                </p>
              )}
            </div>
          ) : (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-slate-600">{t("detail.notPending")}</p>
          )}
          <ol className="space-y-2">
            {s.questions.map((q, i) => (
              <li key={q.id} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
                <p className="text-sm font-medium">
                  {i + 1}. {q.text}
                </p>
                <p className="text-sm text-slate-700">
                  {q.answer ? (q.answer.score ?? q.answer.choice ?? q.answer.text ?? "—") : "—"}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
