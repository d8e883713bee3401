import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { RenewalFilterBar } from "@/components/renewals/filter-bar";
import { RenewalSummary } from "@/components/renewals/summary";
import { RenewalTable } from "@/components/renewals/renewal-table";
import { AssignForm } from "@/components/renewals/assign-form";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { orgOptions } from "@/lib/data/kpi/org-options";
import { listRenewals } from "@/lib/data/renewals/read";
import { assignableAgents } from "@/lib/data/renewals/write";
import { shanghaiDate } from "@/lib/domain/dates";
import { RENEWAL_PAGE_SIZE, RENEWAL_SORTS, renewalFilterSchema } from "@/lib/validation/renewal";

type Raw = Record<string, string | string[] | undefined>;
type SortKey = (typeof RENEWAL_SORTS)[number];

export default async function RenewalsPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const actor = await requireActor();
  if (!can(actor.role, "policy.read")) notFound();
  const [t, locale, raw] = await Promise.all([getTranslations("renewals"), getLocale(), searchParams]);
  const parsed = renewalFilterSchema.safeParse(raw);
  if (!parsed.success)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <EmptyState title={t("invalid")} />
      </div>
    );
  const f = parsed.data;
  const today = shanghaiDate();
  const canAssign = can(actor.role, "renewal.assign");
  let data;
  try {
    data = await listRenewals(actor, f, today);
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("errors.forbidden")} />;
    throw e;
  }
  const [orgUnits, agents] = await Promise.all([
    orgOptions(actor, locale),
    canAssign ? assignableAgents(actor) : Promise.resolve([]),
  ]);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && k !== "page") params.set(k, String(v));
  const activeSort = f.sort ?? "endDate";
  const defaultDir = (key: SortKey) => (key === "premium" || key === "outcomeAt" ? "desc" : "asc");
  const sortLink = (key: SortKey, label: string) => {
    const dir = activeSort === key ? (f.dir ?? defaultDir(key)) : null;
    const next = new URLSearchParams(params);
    next.set("sort", key);
    next.set("dir", dir ? (dir === "asc" ? "desc" : "asc") : defaultDir(key));
    return (
      <Link href={`?${next.toString()}`} className="hover:underline">
        {label}
        {dir ? (dir === "desc" ? " ↓" : " ↑") : ""}
      </Link>
    );
  };
  const from = data.total === 0 ? 0 : (data.page - 1) * RENEWAL_PAGE_SIZE + 1;
  const to = Math.min(data.page * RENEWAL_PAGE_SIZE, data.total);
  const table =
    data.rows.length === 0 ? (
      <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
    ) : (
      <RenewalTable rows={data.rows} today={today} selectable={canAssign} sortLink={sortLink} />
    );
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={t("count", { total: data.total, from: data.range.from, to: data.range.to })}
      />
      <RenewalFilterBar values={f} orgUnits={orgUnits} />
      <RenewalSummary outcomes={data.outcomes} renewed={data.renewed} params={params} />
      {canAssign && data.rows.length > 0 ? <AssignForm agents={agents}>{table}</AssignForm> : table}
      <Pagination
        page={data.page}
        pageSize={RENEWAL_PAGE_SIZE}
        total={data.total}
        params={params}
        labels={{ previous: t("previous"), next: t("next"), summary: t("summary", { from, to, total: data.total }) }}
      />
    </div>
  );
}
