import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { shanghaiDateTime } from "@/components/customers/360/format";
import type { ClaimRow } from "@/lib/data/claims/read";
import { formatYuan } from "@/lib/domain/money";
import { ClaimStatusBadge, PriorityBadges } from "./badges";

/** The claims queue: a table on wide screens, one labelled card per claim on phones. */
export async function ClaimTable({ rows }: { rows: ClaimRow[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const c = (key: string) => t(`claims.columns.${key}`);
  const head = ["claimNo", "customer", "status", "reported", "changed", "daysOpen", "amount", "handler"].map(c);
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <ResponsiveTable head={head} caption={t("claims.title")}>
        {rows.map((r) => (
          <Tr key={r.id} className={r.greenChannel ? "bg-emerald-50/40" : ""}>
            <Td label={c("claimNo")}>
              <Link
                href={`/claims/${r.id}`}
                className="font-mono text-xs text-brand-700 hover:underline"
                data-testid="claim-link"
              >
                {r.claimNo}
              </Link>
              <div className="text-xs text-slate-500">
                {r.policy.policyNo} · {t(`enums.ProductLine.${r.policy.productLine}`)}
              </div>
            </Td>
            <Td label={c("customer")}>
              <div className="flex flex-wrap items-center justify-end gap-1 md:justify-start">
                <span>{r.customer.name}</span>
                <PriorityBadges green={r.greenChannel} vipTier={r.customer.vipTier} club={r.customer.isClubMember} />
              </div>
            </Td>
            <Td label={c("status")}>
              <ClaimStatusBadge status={r.status} />
            </Td>
            <Td label={c("reported")} className="whitespace-nowrap text-xs text-slate-600">
              {shanghaiDateTime(r.reportedAt)}
            </Td>
            <Td label={c("changed")} className="whitespace-nowrap text-xs text-slate-600">
              {shanghaiDateTime(r.statusChangedAt)}
            </Td>
            <Td label={c("daysOpen")} className="tabular-nums">
              {t("claims.days", { days: r.daysOpen })}
            </Td>
            <Td label={c("amount")} className="whitespace-nowrap tabular-nums">
              {formatYuan(r.amountClaimed, locale)}
              {r.amountPaid !== null && <span className="text-slate-500"> / {formatYuan(r.amountPaid, locale)}</span>}
            </Td>
            <Td label={c("handler")}>
              {r.handler?.name ?? <span className="text-slate-400">{t("claims.unassigned")}</span>}
            </Td>
          </Tr>
        ))}
      </ResponsiveTable>
    </div>
  );
}
