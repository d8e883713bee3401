// The renewal list: a table on wide screens, labelled stacked rows on phones (one DOM).
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Td, Tr } from "@/components/ui/responsive-table";
import { formatKpi } from "@/components/cockpit/format";
import type { RenewalRow } from "@/lib/data/renewals/read";
import { daysBetween } from "@/lib/domain/dates";
import type { RENEWAL_SORTS } from "@/lib/validation/renewal";
import { OutcomeBadge } from "./outcome-badge";

type SortKey = (typeof RENEWAL_SORTS)[number];

export async function RenewalTable({
  rows,
  today,
  selectable,
  sortLink,
}: {
  rows: RenewalRow[];
  today: string;
  selectable: boolean;
  sortLink: (key: SortKey, label: string) => React.ReactNode;
}) {
  const [t, te, locale] = await Promise.all([getTranslations("renewals"), getTranslations("enums"), getLocale()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="renewal-list">
      <table className="w-full text-sm max-md:block md:min-w-[64rem]">
        <thead className="text-left text-xs text-slate-500 max-md:hidden">
          <tr className="border-b border-slate-200">
            {selectable && (
              <th className="w-8 px-3 py-2">
                <span className="sr-only">{t("select")}</span>
              </th>
            )}
            <th className="px-3 py-2 font-medium">{t("col.policy")}</th>
            <th className="px-3 py-2 font-medium">{sortLink("customer", t("col.customer"))}</th>
            <th className="px-3 py-2 font-medium">{t("col.product")}</th>
            <th className="px-3 py-2 text-right font-medium">{sortLink("premium", t("col.premium"))}</th>
            <th className="px-3 py-2 font-medium">{sortLink("endDate", t("col.end"))}</th>
            <th className="px-3 py-2 font-medium">{sortLink("outcomeAt", t("col.outcome"))}</th>
            <th className="px-3 py-2 font-medium">{t("col.agent")}</th>
            <th className="px-3 py-2 font-medium">{t("col.successor")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 max-md:block">
          {rows.map((r) => {
            const left = daysBetween(today, r.endDate);
            return (
              <Tr key={r.id}>
                {selectable && (
                  <td className="px-3 py-2 max-md:float-right max-md:p-0">
                    <input
                      type="checkbox"
                      name="policyIds"
                      value={r.id}
                      aria-label={t("selectPolicy", { no: r.policyNo })}
                      className="h-4 w-4"
                      data-testid="select-renewal"
                    />
                  </td>
                )}
                <Td label={t("col.policy")}>
                  <Link
                    href={`/renewals/${r.id}`}
                    className="font-mono text-xs text-sky-700 hover:underline"
                    data-testid="renewal-link"
                  >
                    {r.policyNo}
                  </Link>
                </Td>
                <Td label={t("col.customer")}>
                  <Link href={`/customers/${r.customer.id}`} className="text-sky-700 hover:underline">
                    {r.customer.name}
                  </Link>
                  {r.customer.vipTier !== "NONE" && (
                    <>
                      {" "}
                      <Badge tone="violet">{te(`VipTier.${r.customer.vipTier}`)}</Badge>
                    </>
                  )}
                  <div className="text-xs text-slate-500">{r.customer.mobile ?? ""}</div>
                </Td>
                <Td label={t("col.product")}>
                  {te(`ProductLine.${r.productLine}`)} · {te(`Channel.${r.channel}`)}
                </Td>
                <Td label={t("col.premium")} className="text-right tabular-nums">
                  {formatKpi("money", r.annualPremium, locale)}
                </Td>
                <Td label={t("col.end")} className="tabular-nums">
                  {r.endDate}
                  <div
                    className={`text-xs ${left < 0 ? "text-red-600" : left <= 7 ? "text-amber-600" : "text-slate-500"}`}
                  >
                    {left < 0 ? t("expiredAgo", { days: -left }) : t("daysLeft", { days: left })}
                  </div>
                </Td>
                <Td label={t("col.outcome")}>
                  <span data-testid="renewal-outcome">
                    <OutcomeBadge outcome={r.renewalOutcome} />
                  </span>
                  {r.renewalNextContactAt && (
                    <div className={`text-xs ${r.renewalNextContactAt < today ? "text-red-600" : "text-slate-500"}`}>
                      {t("nextContact", { date: r.renewalNextContactAt })}
                    </div>
                  )}
                </Td>
                <Td label={t("col.agent")}>
                  <span data-testid="renewal-agent">{r.servicingAgent?.name ?? t("orphan")}</span>
                </Td>
                <Td label={t("col.successor")}>
                  {r.renewedBy ? (
                    <Badge tone="green">{r.renewedBy.policyNo}</Badge>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
