import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { formatKpi } from "@/components/cockpit/format";
import { OutcomeBadge } from "@/components/renewals/outcome-badge";
import { OutcomeForm } from "@/components/renewals/outcome-form";
import { SuccessorForm } from "@/components/renewals/successor-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getRenewal } from "@/lib/data/renewals/read";
import { BRANCH_TIME_ZONE, shanghaiDate } from "@/lib/domain/dates";

export default async function RenewalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor.role, "policy.read")) notFound();
  const [{ id }, t, te, locale] = await Promise.all([
    params,
    getTranslations("renewals"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const p = await getRenewal(actor, id);
  if (!p) notFound();
  const canUpdate = can(actor.role, "renewal.update");
  const stamp = new Intl.DateTimeFormat(locale, { timeZone: BRANCH_TIME_ZONE, dateStyle: "short", timeStyle: "short" });
  const dl = (label: string, value: React.ReactNode) => (
    <div className="flex justify-between gap-3 py-1 sm:block">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-right sm:text-left">{value}</dd>
    </div>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/renewals" className="text-sm text-sky-700 hover:underline">
        ← {t("backList")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="font-mono text-lg font-semibold" data-testid="renewal-policy-no">
            {p.policyNo}
          </h1>
          <p className="text-sm text-slate-600">
            <Link href={`/customers/${p.customer.id}`} className="text-sky-700 hover:underline">
              {p.customer.name}
            </Link>
            {p.customer.mobile ? ` · ${p.customer.mobile}` : ""}
          </p>
        </div>
        <span data-testid="current-outcome">
          <OutcomeBadge outcome={p.renewalOutcome} />
        </span>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm sm:grid-cols-3">
        {dl(t("col.product"), `${te(`ProductLine.${p.productLine}`)} · ${p.productName}`)}
        {dl(t("col.channel"), te(`Channel.${p.channel}`))}
        {dl(t("col.premium"), formatKpi("money", p.annualPremium, locale))}
        {dl(t("col.term"), `${p.startDate} – ${p.endDate}`)}
        {dl(t("col.status"), te(`PolicyStatus.${p.status}`))}
        {dl(t("col.agent"), p.servicingAgent?.name ?? t("orphan"))}
        {p.renewalNextContactAt && dl(t("col.nextContact"), p.renewalNextContactAt)}
        {p.renewedFrom &&
          dl(
            t("col.predecessor"),
            <Link href={`/renewals/${p.renewedFrom.id}`} className="font-mono text-xs text-sky-700 hover:underline">
              {p.renewedFrom.policyNo}
            </Link>,
          )}
        {dl(
          t("col.successor"),
          p.renewedBy ? (
            <Link href={`/renewals/${p.renewedBy.id}`} data-testid="successor-link">
              <Badge tone="green">
                {p.renewedBy.policyNo} · {p.renewedBy.startDate}
              </Badge>
            </Link>
          ) : (
            <span className="text-slate-400">—</span>
          ),
        )}
      </dl>
      {canUpdate && (
        <section className="space-y-2" aria-labelledby="record-title">
          <h2 id="record-title" className="text-base font-semibold">
            {t("recordTitle")}
          </h2>
          <OutcomeForm policyId={p.id} current={p.renewalOutcome} today={shanghaiDate()} />
          {!p.renewedBy && <SuccessorForm policyId={p.id} />}
        </section>
      )}
      <section className="space-y-2" aria-labelledby="history-title">
        <h2 id="history-title" className="text-base font-semibold">
          {t("history")}
        </h2>
        {p.renewalFollowUps.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noHistory")}</p>
        ) : (
          <ol
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            data-testid="renewal-history"
          >
            {p.renewalFollowUps.map((h) => (
              <li key={h.id} className="px-3 py-2 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <OutcomeBadge outcome={h.outcome} />
                  <span className="text-xs text-slate-500">
                    {stamp.format(h.at)} · {h.by.name}
                  </span>
                </div>
                {h.note && <p className="mt-0.5 text-slate-700">{h.note}</p>}
                {h.nextContactAt && (
                  <p className="text-xs text-slate-500">{t("nextContact", { date: h.nextContactAt })}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
