import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import type { CareRow } from "@/lib/data/care/lists";

const VIP_TONE: Record<string, BadgeTone> = {
  NONE: "slate",
  GOLD: "amber",
  PLATINUM: "blue",
  DIAMOND: "violet",
  SUPREME: "brand",
};

/** Who to greet, when and how; phones arrive masked. A table on wide screens, cards on phones. */
export async function CareTable({ rows, list }: { rows: CareRow[]; list: "birthday" | "holiday" }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const en = locale === "en";
  const c = (key: string) => t(`care.columns.${key}`);
  const keys = [
    "customer",
    "mobile",
    "day",
    ...(list === "birthday" ? ["age"] : []),
    "vip",
    "club",
    "agent",
    "orgUnit",
    "method",
  ];
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <ResponsiveTable head={keys.map(c)} caption={t("care.title")}>
        {rows.map((r) => (
          <Tr key={r.id}>
            <Td label={c("customer")}>
              <Link href={`/customers/${r.id}`} className="text-brand-700 hover:underline" data-testid="care-customer">
                {r.name}
              </Link>
              <div className="font-mono text-xs text-slate-500">{r.customerNo}</div>
            </Td>
            <Td label={c("mobile")} className="font-mono text-xs whitespace-nowrap">
              {r.mobile ?? "—"}
            </Td>
            <Td label={c("day")} className="whitespace-nowrap tabular-nums">
              {r.day ?? "—"}
            </Td>
            {list === "birthday" && (
              <Td label={c("age")} className="tabular-nums">
                {r.age === null ? "—" : t("care.ageValue", { age: r.age })}
              </Td>
            )}
            <Td label={c("vip")}>
              <Badge tone={VIP_TONE[r.vipTier]}>{t(`enums.VipTier.${r.vipTier}`)}</Badge>
            </Td>
            <Td label={c("club")}>
              {r.isClubMember ? (
                <Badge tone="green">{t("care.clubMember")}</Badge>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </Td>
            <Td label={c("agent")}>{r.agent?.name ?? "—"}</Td>
            <Td label={c("orgUnit")} className="text-xs text-slate-600">
              {en ? r.orgUnit.nameEn : r.orgUnit.name}
            </Td>
            <Td label={c("method")} className="whitespace-nowrap">
              {t(`care.methods.${r.method}`)}
            </Td>
          </Tr>
        ))}
      </ResponsiveTable>
    </div>
  );
}
