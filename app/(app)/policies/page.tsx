import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import { Td, Tr } from "@/components/ui/responsive-table";
import { PolicyFilterBar } from "@/components/policies/filter-bar";
import { formatKpi } from "@/components/cockpit/format";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listPolicies } from "@/lib/data/policies/list";
import { POLICY_PAGE_SIZE, POLICY_SORTS, policyFilterSchema } from "@/lib/validation/policy-filters";

type Raw = Record<string, string | string[] | undefined>;

export default async function PoliciesPage({ searchParams }: { searchParams: Promise<Raw> }) {
  const actor = await requireActor();
  if (!can(actor.role, "policy.read")) notFound();
  const [t, te, locale, raw] = await Promise.all([
    getTranslations("policies"),
    getTranslations("enums"),
    getLocale(),
    searchParams,
  ]);
  const parsed = policyFilterSchema.safeParse(raw);
  if (!parsed.success)
    return (
      <div className="space-y-4">
        <PageHeader title={t("title")} />
        <EmptyState title={t("invalid")} />
      </div>
    );
  const f = parsed.data;
  let data;
  try {
    data = await listPolicies(actor, f);
  } catch (e) {
    if (e instanceof ForbiddenError) return <EmptyState title={t("forbidden")} />;
    throw e;
  }
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined && k !== "page") params.set(k, String(v));
  const sortHref = (key: (typeof POLICY_SORTS)[number]) => {
    const next = new URLSearchParams(params);
    next.set("sort", key);
    next.set("dir", f.sort === key && f.dir !== "desc" ? "desc" : "asc");
    return `?${next.toString()}`;
  };
  const sortLink = (key: (typeof POLICY_SORTS)[number], label: string) => (
    <Link href={sortHref(key)} className="hover:underline">
      {label}
      {(f.sort ?? "endDate") === key ? (f.dir === "desc" ? " ↓" : " ↑") : ""}
    </Link>
  );
  const from = data.total === 0 ? 0 : (data.page - 1) * POLICY_PAGE_SIZE + 1;
  const to = Math.min(data.page * POLICY_PAGE_SIZE, data.total);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("count", { total: data.total })} />
      <PolicyFilterBar values={f} />
      {data.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="policy-list">
          <table className="w-full text-sm max-md:block md:min-w-[76rem]">
            <thead className="text-left text-xs text-slate-500 max-md:hidden">
              <tr className="border-b border-slate-200">
                <th className="px-3 py-2 font-medium">{sortLink("policyNo", t("col.policyNo"))}</th>
                <th className="px-3 py-2 font-medium">{t("col.customer")}</th>
                <th className="px-3 py-2 font-medium">{t("col.product")}</th>
                <th className="px-3 py-2 font-medium">{t("col.channel")}</th>
                <th className="px-3 py-2 font-medium">{t("col.org")}</th>
                <th className="px-3 py-2 font-medium">{t("col.agent")}</th>
                <th className="px-3 py-2 font-medium text-right">{sortLink("premium", t("col.premium"))}</th>
                <th className="px-3 py-2 font-medium">{sortLink("startDate", t("col.start"))}</th>
                <th className="px-3 py-2 font-medium">{sortLink("endDate", t("col.end"))}</th>
                <th className="px-3 py-2 font-medium">{t("col.status")}</th>
                <th className="px-3 py-2 font-medium">{t("col.renewed")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 max-md:block [&_td]:md:whitespace-nowrap">
              {data.rows.map((r) => (
                <Tr key={r.id}>
                  <Td label={t("col.policyNo")} className="font-mono text-xs">
                    {r.policyNo}
                  </Td>
                  <Td label={t("col.customer")}>
                    {r.customer ? (
                      <Link href={`/customers/${r.customer.id}`} className="text-sky-700 hover:underline">
                        {r.customer.name}
                      </Link>
                    ) : (
                      <span className="text-slate-400">{t("customerHidden")}</span>
                    )}
                  </Td>
                  <Td label={t("col.product")}>
                    {te(`ProductLine.${r.productLine}`)} · {r.productName}
                  </Td>
                  <Td label={t("col.channel")}>{te(`Channel.${r.channel}`)}</Td>
                  <Td label={t("col.org")}>{locale === "en" ? r.orgUnit.nameEn : r.orgUnit.name}</Td>
                  <Td label={t("col.agent")}>{r.servicingAgent?.name ?? t("orphan")}</Td>
                  <Td label={t("col.premium")} className="text-right tabular-nums">
                    {formatKpi("money", r.annualPremium, locale)}
                  </Td>
                  <Td label={t("col.start")} className="tabular-nums">
                    {r.startDate}
                  </Td>
                  <Td label={t("col.end")} className="tabular-nums">
                    {r.endDate}
                  </Td>
                  <Td label={t("col.status")}>{te(`PolicyStatus.${r.status}`)}</Td>
                  <Td label={t("col.renewed")}>
                    {r.renewedBy ? (
                      <Badge tone="green">{t("renewedTo", { no: r.renewedBy.policyNo })}</Badge>
                    ) : (
                      <Badge tone="amber">{t("notRenewed")}</Badge>
                    )}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={data.page}
        pageSize={POLICY_PAGE_SIZE}
        total={data.total}
        params={params}
        labels={{ previous: t("previous"), next: t("next"), summary: t("summary", { from, to, total: data.total }) }}
      />
    </div>
  );
}
