import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { DueBadge } from "@/components/visits/due-badge";
import { VisitLogForm } from "@/components/visits/log-form";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getVisitForLog } from "@/lib/data/visits/visits";
import { shanghaiDate } from "@/lib/domain/dates";

type Raw = Record<string, string | string[] | undefined>;

export default async function LogVisitPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Raw>;
}) {
  const actor = await requireActor();
  if (!can(actor.role, "visit.log")) notFound();
  const [{ id }, raw, t, te] = await Promise.all([
    params,
    searchParams,
    getTranslations("visits"),
    getTranslations("enums"),
  ]);
  const visit = await getVisitForLog(actor, id);
  if (!visit) notFound();
  const from = raw.from === "today" ? "today" : "visits";
  const today = shanghaiDate();
  const guard = {
    count: visit.guard.count,
    limit: visit.guard.limit,
    warn: visit.guard.warn,
    byPerson: visit.guard.byPerson.map((p) => ({ name: p.name ?? t("guard.unknown"), count: p.count })),
  };
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <Link href={from === "today" ? "/" : "/visits"} className="text-sm text-sky-700 hover:underline">
        ← {from === "today" ? t("backToday") : t("backList")}
      </Link>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-lg font-semibold" data-testid="log-customer">
            {t("logTitle", { name: visit.customer.name })}
          </h1>
          <p className="text-xs text-slate-600">
            {te(`VisitReason.${visit.reason}`)}
            {visit.policy ? ` · ${visit.policy.policyNo} · ${visit.policy.productName}` : ""}
            {visit.customer.mobile ? ` · ${visit.customer.mobile}` : ""}
          </p>
          {visit.customer.vipTier !== "NONE" && <Badge tone="violet">{te(`VipTier.${visit.customer.vipTier}`)}</Badge>}
        </div>
        {visit.status === "PLANNED" && <DueBadge dueDate={visit.dueDate} today={today} />}
      </div>
      {visit.status === "PLANNED" ? (
        <VisitLogForm
          visitId={visit.id}
          suggestedMethod={visit.suggestedMethod}
          today={today}
          from={from}
          guard={guard}
        />
      ) : (
        <EmptyState title={t("errors.alreadyDone")}>
          <Link href={`/customers/${visit.customer.id}`} className="text-sky-700 hover:underline">
            {t("openCustomer")}
          </Link>
        </EmptyState>
      )}
    </div>
  );
}
