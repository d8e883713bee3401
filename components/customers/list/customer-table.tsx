import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CustomerRow } from "@/lib/data/customers/list";
import { DEFAULT_DIRECTION, sortOf, type CustomerFilters, type SortKey } from "@/lib/validation/customer-filters";
import { ActivityBadge, TagBadge, VipBadge } from "./badges";

const MAX_TAGS = 3;

function sortHref(params: URLSearchParams, current: { key: SortKey; dir: "asc" | "desc" }, key: SortKey): string {
  const next = new URLSearchParams(params);
  next.delete("page");
  const dir = current.key === key ? (current.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[key];
  // Defaults stay out of the URL (see canonicalFilters).
  next.delete("sort");
  next.delete("dir");
  if (key !== "customerNo") next.set("sort", key);
  if (dir !== DEFAULT_DIRECTION[key]) next.set("dir", dir);
  const qs = next.toString();
  return qs ? `/customers?${qs}` : "/customers";
}

function SortHeader({
  sortKey,
  current,
  params,
  children,
}: {
  sortKey: SortKey;
  current: { key: SortKey; dir: "asc" | "desc" };
  params: URLSearchParams;
  children: React.ReactNode;
}) {
  const active = current.key === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (current.dir === "asc" ? "ascending" : "descending") : undefined}
      className="px-3 py-2 font-medium"
    >
      <Link href={sortHref(params, current, sortKey)} className="inline-flex items-center gap-1 hover:text-slate-900">
        {children}
        <span aria-hidden className={active ? "text-slate-700" : "text-slate-300"}>
          {active ? (current.dir === "asc" ? "↑" : "↓") : "↕"}
        </span>
      </Link>
    </th>
  );
}

function Tags({ row, en }: { row: CustomerRow; en: boolean }) {
  return (
    <span className="flex flex-wrap gap-1">
      {row.tags.slice(0, MAX_TAGS).map((tag) => (
        <TagBadge key={tag.id} color={tag.color} label={en && tag.nameEn ? tag.nameEn : tag.name} />
      ))}
      {row.tags.length > MAX_TAGS && <span className="text-xs text-slate-400">+{row.tags.length - MAX_TAGS}</span>}
    </span>
  );
}

/** Wide screens: a dense table; phones: one card per customer. Identifiers arrive masked. */
export async function CustomerTable({
  rows,
  filters,
  params,
}: {
  rows: CustomerRow[];
  filters: CustomerFilters;
  /** The current filters as URL parameters (for the sort links). */
  params: URLSearchParams;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const en = locale === "en";
  const c = (key: string) => t(`customers.columns.${key}`);
  const current = sortOf(filters);

  const label = {
    kind: (r: CustomerRow) => t(`enums.CustomerKind.${r.kind}`),
    vip: (r: CustomerRow) => t(`enums.VipTier.${r.vipTier}`),
    activity: (r: CustomerRow) => (r.activity ? t(`enums.ActivityStatus.${r.activity}`) : null),
    lifecycle: (r: CustomerRow) => t(`enums.LifecycleStage.${r.lifecycleStage}`),
    channel: (r: CustomerRow) => (r.channel ? t(`enums.Channel.${r.channel}`) : "—"),
    agent: (r: CustomerRow) => r.agent?.name ?? t("customers.noAgent"),
    org: (r: CustomerRow) => (en ? r.orgUnit.nameEn : r.orgUnit.name),
  };
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm" data-testid="customer-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
            <tr className="whitespace-nowrap">
              <SortHeader current={current} params={params} sortKey="name">
                {c("name")}
              </SortHeader>
              <SortHeader current={current} params={params} sortKey="customerNo">
                {c("customerNo")}
              </SortHeader>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("kind")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("mobile")}
              </th>
              <SortHeader current={current} params={params} sortKey="premium">
                {c("vipTier")}
              </SortHeader>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("activity")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("lifecycle")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("channel")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("agent")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("orgUnit")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {c("tags")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} className="whitespace-nowrap hover:bg-slate-50" data-testid="customer-row">
                <td className="px-3 py-2">
                  <Link
                    href={`/customers/${r.id}`}
                    className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                  >
                    {r.name}
                  </Link>
                </td>
                <td className="px-3 py-2 font-mono text-xs text-slate-600">{r.customerNo}</td>
                <td className="px-3 py-2 text-slate-600">{label.kind(r)}</td>
                <td className="px-3 py-2 font-mono text-xs text-slate-600" data-testid="customer-mobile">
                  {r.mobile ?? "—"}
                </td>
                <td className="px-3 py-2">
                  <VipBadge tier={r.vipTier} label={label.vip(r)} />
                </td>
                <td className="px-3 py-2">
                  <ActivityBadge activity={r.activity} label={label.activity(r)} />
                </td>
                <td className="px-3 py-2 text-slate-600">{label.lifecycle(r)}</td>
                <td className="px-3 py-2 text-slate-600">{label.channel(r)}</td>
                <td className={`px-3 py-2 ${r.agent ? "text-slate-600" : "text-amber-700"}`}>{label.agent(r)}</td>
                <td className="px-3 py-2 text-slate-600">{label.org(r)}</td>
                <td className="px-3 py-2">
                  <Tags row={r} en={en} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-2 md:hidden" data-testid="customer-cards">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/customers/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {r.name}
              </Link>
              <VipBadge tier={r.vipTier} label={label.vip(r)} />
            </div>
            <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-slate-500">
              <span className="font-mono">{r.customerNo}</span>
              <span className="font-mono">{r.mobile ?? "—"}</span>
              <span>{label.kind(r)}</span>
            </div>
            <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs text-slate-600">
              <ActivityBadge activity={r.activity} label={label.activity(r)} />
              <span>{label.lifecycle(r)}</span>
              <span aria-hidden>·</span>
              <span>{label.channel(r)}</span>
              <span aria-hidden>·</span>
              <span className={r.agent ? undefined : "text-amber-700"}>{label.agent(r)}</span>
              <span aria-hidden>·</span>
              <span>{label.org(r)}</span>
            </div>
            {r.tags.length > 0 && (
              <div className="mt-2">
                <Tags row={r} en={en} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
