import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdvanceClaimForm } from "@/components/claims/advance-form";
import { AssignHandlerForm } from "@/components/claims/assign-form";
import { ClaimStatusBadge, PriorityBadges } from "@/components/claims/badges";
import { ClaimFeedbackForm } from "@/components/claims/feedback-form";
import { ClaimProgress, ClaimTimeline } from "@/components/claims/timeline";
import { shanghaiDateTime } from "@/components/customers/360/format";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getClaim, handlerCandidates } from "@/lib/data/claims/read";
import { formatYuan } from "@/lib/domain/money";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("claims");
  return { title: `${t("title")} · ${(await params).id.slice(0, 8)}` };
}

function Panel({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <h2 className="font-medium">{title}</h2>
      {children}
    </section>
  );
}

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (!can(actor.role, "claim.read")) return <EmptyState title={t("errors.forbidden")} />;
  const claim = await getClaim(actor, (await params).id);
  if (!claim) notFound();
  const candidates =
    claim.canUpdate && claim.status !== "CLOSED" ? await handlerCandidates(actor, claim.customer.orgUnitId) : [];
  const d = (key: string, values?: Record<string, string | number>) => t(`claims.detail.${key}`, values);

  const facts: [string, React.ReactNode][] = [
    [
      d("customer"),
      <Link key="c" href={`/customers/${claim.customer.id}`} className="text-brand-700 hover:underline">
        {claim.customer.name}
      </Link>,
    ],
    [d("policy"), `${claim.policy.policyNo} · ${t(`enums.ProductLine.${claim.policy.productLine}`)}`],
    [d("incident"), claim.incidentDate],
    [d("reported"), shanghaiDateTime(claim.reportedAt)],
    [d("claimed"), formatYuan(claim.amountClaimed, locale)],
    [d("paid"), claim.amountPaid === null ? "—" : formatYuan(claim.amountPaid, locale)],
    [
      d("daysOpen"),
      <span key="o" data-testid="days-open">
        {d("daysOpenValue", { days: claim.daysOpen })}
      </span>,
    ],
    [d("closedAt"), claim.closedAt ? shanghaiDateTime(claim.closedAt) : "—"],
    [
      d("handler"),
      <span key="h" data-testid="claim-handler">
        {claim.handler?.name ?? t("claims.unassigned")}
      </span>,
    ],
    [d("agent"), claim.customer.agent?.name ?? "—"],
  ];

  return (
    <div className="space-y-4">
      <Link href="/claims" className="text-xs text-brand-700 hover:underline">
        ← {d("back")}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="font-mono text-lg font-semibold break-all" data-testid="claim-no">
            {claim.claimNo}
          </h1>
          <span data-testid="claim-status">
            <ClaimStatusBadge status={claim.status} />
          </span>
          <PriorityBadges
            green={claim.greenChannel}
            vipTier={claim.customer.vipTier}
            club={claim.customer.isClubMember}
          />
        </div>
        <ClaimProgress progress={claim.progress} />
      </header>

      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
              {facts.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-3 sm:block">
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="text-right tabular-nums sm:text-left">{value}</dd>
                </div>
              ))}
            </dl>
            {claim.description && (
              <div className="mt-3 border-t border-slate-100 pt-3">
                <p className="text-xs text-slate-500">{d("description")}</p>
                <p className="mt-0.5 whitespace-pre-line">{claim.description}</p>
              </div>
            )}
          </section>
          <Panel title={d("timeline")}>
            <ClaimTimeline steps={claim.steps} />
          </Panel>
        </div>

        <div className="space-y-4">
          {claim.canUpdate ? (
            <>
              <Panel title={t("claims.advance.heading")}>
                {claim.next.length > 0 ? (
                  <AdvanceClaimForm claimId={claim.id} from={claim.status} next={claim.next} />
                ) : (
                  <p className="text-slate-500">{t("claims.advance.none")}</p>
                )}
              </Panel>
              {claim.status !== "CLOSED" && (
                <Panel title={t("claims.assign.heading")}>
                  <AssignHandlerForm claimId={claim.id} current={claim.handler?.id ?? null} candidates={candidates} />
                </Panel>
              )}
            </>
          ) : (
            <p
              className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-slate-600"
              data-testid="claim-read-only"
            >
              {d("readOnly")}
            </p>
          )}
          <Panel title={d("feedback")} testId="claim-feedback">
            {claim.feedback ? (
              <div>
                <p className="font-medium">{d("feedbackScore", { score: claim.feedback.score })}</p>
                {claim.feedback.note && <p className="mt-1 text-slate-700">{claim.feedback.note}</p>}
              </div>
            ) : claim.canRecordFeedback ? (
              <ClaimFeedbackForm claimId={claim.id} />
            ) : (
              <p className="text-slate-500">{claim.canUpdate ? d("feedbackLater") : d("noFeedback")}</p>
            )}
          </Panel>
        </div>
      </div>
    </div>
  );
}
