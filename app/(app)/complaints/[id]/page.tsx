import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComplaintDetails } from "@/components/complaints/details";
import { ComplaintHistory } from "@/components/complaints/history";
import { WorkflowProgress } from "@/components/complaints/progress";
import { AssignForm, TextActionForm } from "@/components/complaints/side-forms";
import { SlaClockCard } from "@/components/complaints/sla-badge";
import { StepForm } from "@/components/complaints/step-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getComplaint, handlerOptions } from "@/lib/data/complaints/detail";
import { ComplaintCategory, Severity } from "@/lib/generated/prisma/enums";

type Props = { params: Promise<{ id: string }> };

/** One read of the complaint per request, shared by the title and the page. */
const complaintFor = cache(async (id: string) => {
  const actor = await requireActor();
  return can(actor.role, "complaint.read") ? getComplaint(actor, id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await complaintFor((await params).id);
  return { title: c?.complaintNo ?? (await getTranslations("complaints"))("title") };
}

const Card = ({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) => (
  <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
    <h2 className="mb-2 text-sm font-semibold">{title}</h2>
    {children}
  </section>
);

export default async function ComplaintPage({ params }: Props) {
  const actor = await requireActor();
  const [t, te, locale] = await Promise.all([getTranslations("complaints"), getTranslations("enums"), getLocale()]);
  if (!can(actor.role, "complaint.read")) return <EmptyState title={(await getTranslations("errors"))("forbidden")} />;
  const c = await complaintFor((await params).id);
  if (!c) notFound();
  const handlers = await handlerOptions(actor, c.orgUnit.id);
  const handlerChoices = handlers.map((h) => ({ value: h.id, label: `${h.name}（${h.username}）` }));
  const enumChoices = (values: Record<string, string>, ns: "ComplaintCategory" | "Severity") =>
    Object.values(values).map((v) => ({ value: v, label: te(`${ns}.${v}` as "Severity.LOW") }));
  const stepDefaults: Record<string, string> =
    c.can.step === "REGISTER" ? { category: c.category, severity: c.severity } : {};
  const escalatedName = c.escalatedTo ? (locale.startsWith("zh") ? c.escalatedTo.name : c.escalatedTo.nameEn) : null;

  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h1 className="font-mono text-xl font-semibold" data-testid="complaint-no">
            {c.complaintNo}
          </h1>
          <div className="flex flex-wrap gap-1.5">
            <span data-testid="complaint-status">
              <Badge tone={c.status === "CLOSED" ? "slate" : "brand"}>{te(`ComplaintStatus.${c.status}`)}</Badge>
            </span>
            <Badge>{te(`Severity.${c.severity}`)}</Badge>
            <Badge tone="blue">{te(`ComplaintChannel.${c.channel}`)}</Badge>
            {c.escalationLevel && (
              <Badge tone="red">
                {t("escalated", { level: escalatedName ?? te(`OrgLevel.${c.escalationLevel}`) })}
              </Badge>
            )}
            {(c.duplicateMarkedNos.length > 0 || c.openDuplicates.length > 0) && (
              <Badge tone="amber">{t("duplicate")}</Badge>
            )}
            {c.reopenCount > 0 && <Badge tone="violet">{t("reopened", { count: c.reopenCount })}</Badge>}
          </div>
        </div>
        {c.can.correctiveAction && (
          <ButtonLink href={`/complaints/actions/new?complaintId=${c.id}`}>{t("detail.createAction")}</ButtonLink>
        )}
      </header>
      <WorkflowProgress status={c.status} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SlaClockCard
          label={t("sla.response")}
          clock={c.clocks.response}
          dueAt={c.responseDueAt}
          doneAt={c.firstResponseAt}
          testId="sla-response"
        />
        <SlaClockCard
          label={t("sla.resolution")}
          clock={c.clocks.resolution}
          dueAt={c.resolutionDueAt}
          doneAt={c.resolvedAt}
          testId="sla-resolution"
        />
      </div>
      {c.slaRules.businessHoursOnly && <p className="text-xs text-slate-500">{t("sla.businessHours")}</p>}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="min-w-0 space-y-4 lg:col-span-2">
          {(c.duplicateMarkedNos.length > 0 || c.openDuplicates.length > 0) && (
            <div role="note" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-amber-900">
              {c.duplicateMarkedNos.length > 0 && (
                <p>{t("detail.duplicateOf", { nos: c.duplicateMarkedNos.join("、") })}</p>
              )}
              {c.openDuplicates.length > 0 && (
                <p>
                  {t("detail.openDuplicates")}{" "}
                  {c.openDuplicates.map((d) => (
                    <Link key={d.id} href={`/complaints/${d.id}`} className="mr-2 font-mono text-xs underline">
                      {d.complaintNo}
                    </Link>
                  ))}
                </p>
              )}
            </div>
          )}
          <ComplaintDetails c={c} />
          {c.can.step && (
            <Card title={t("detail.nextStep", { step: t(`steps.${c.can.step}`) })} testId="next-step">
              <StepForm
                key={`${c.can.step}-${c.events.length}`}
                complaintId={c.id}
                step={c.can.step}
                expectedStatus={c.status}
                handlers={handlerChoices}
                categories={enumChoices(ComplaintCategory, "ComplaintCategory")}
                severities={enumChoices(Severity, "Severity")}
                defaults={stepDefaults}
              />
            </Card>
          )}
          {c.status === "CLOSED" && (
            <Card title={t("detail.closedNote")} testId="closed-card">
              <p className="mb-2 text-xs text-slate-500">
                {t("detail.reopenUntil", { days: c.slaRules.reopenWindowDays })}
              </p>
              {c.can.reopen && (
                <StepForm
                  key={`REOPEN-${c.events.length}`}
                  complaintId={c.id}
                  step="REOPEN"
                  expectedStatus="CLOSED"
                  handlers={[]}
                  categories={[]}
                  severities={[]}
                  defaults={{}}
                />
              )}
            </Card>
          )}
          <Card title={t("detail.history")}>
            <ComplaintHistory events={c.events} />
          </Card>
        </div>
        <aside className="min-w-0 space-y-4">
          <Card title={t("detail.owner")}>
            <p className="mb-2" data-testid="complaint-owner">
              {c.owner?.name ?? <Badge tone="amber">{t("unassigned")}</Badge>}
            </p>
            {c.can.assign && (
              <AssignForm
                key={c.events.length}
                complaintId={c.id}
                ownerId={c.owner?.id ?? null}
                handlers={handlerChoices}
              />
            )}
          </Card>
          <Card title={t("detail.escalation")}>
            <p className="mb-2 text-slate-700">
              {c.escalationLevel ? t("escalated", { level: escalatedName ?? "" }) : t("detail.notEscalated")}
            </p>
            {c.can.escalate && (
              <TextActionForm
                key={c.events.length}
                kind="escalate"
                complaintId={c.id}
                name="reason"
                label={t("actions.escalateReason")}
                submit={t("actions.escalate")}
                testId="escalate-form"
              />
            )}
          </Card>
          {c.can.comment && (
            <Card title={t("actions.commentTitle")}>
              <TextActionForm
                key={c.events.length}
                kind="comment"
                complaintId={c.id}
                name="note"
                label={t("fields.note")}
                submit={t("actions.comment")}
                testId="comment-form"
              />
            </Card>
          )}
        </aside>
      </div>
    </div>
  );
}
