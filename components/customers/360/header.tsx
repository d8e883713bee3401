import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { Customer360 } from "@/lib/data/customers/360";
import { formatYuan } from "@/lib/domain/money";
import { RevealField } from "../reveal-field";
import { shanghaiDateTime } from "./format";

const VIP_TONE: Record<string, BadgeTone> = {
  NONE: "slate",
  GOLD: "amber",
  PLATINUM: "blue",
  DIAMOND: "violet",
  SUPREME: "brand",
};

/** Name, identifiers, flags, the responsible agent, key figures and the page's actions. */
export async function CustomerHeader({
  data,
  canEdit,
  canMerge,
  canComplain,
}: {
  data: Customer360;
  canEdit: boolean;
  canMerge: boolean;
  canComplain: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { customer: c, risk } = data;
  const org = c.orgUnit ? (locale.startsWith("zh") ? c.orgUnit.name : c.orgUnit.nameEn) : null;
  const inForce = data.policies.items.filter((p) => p.held && p.status === "IN_FORCE").length;
  const stats = [
    { label: t("customer360.stats.annualPremium"), value: formatYuan(c.annualPremium, locale) },
    { label: t("customer360.stats.inForce"), value: String(inForce) },
    { label: t("customer360.stats.premiumPaid"), value: formatYuan(c.totalPremiumPaid, locale) },
    { label: t("customer360.stats.claimsPaid"), value: formatYuan(c.totalClaimsPaid, locale) },
    {
      label: t("customer360.stats.lastContact"),
      value: c.lastContactAt ? shanghaiDateTime(c.lastContactAt).slice(0, 10) : "—",
    },
  ];

  return (
    <header className="space-y-3" data-testid="customer-header">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-xl font-semibold" data-testid="customer-name">
              {c.name}
            </h1>
            <Badge>{t(`enums.CustomerKind.${c.kind}`)}</Badge>
            {c.vipTier !== "NONE" && <Badge tone={VIP_TONE[c.vipTier]}>{t(`enums.VipTier.${c.vipTier}`)}</Badge>}
            <Badge tone="blue">{t(`enums.LifecycleStage.${c.lifecycleStage}`)}</Badge>
            {c.isClubMember && <Badge tone="green">{t("customer360.flags.club")}</Badge>}
            {risk.blacklisted && (
              <Badge tone="red" title={risk.blacklist?.reason}>
                {t("customer360.flags.blacklisted")}
              </Badge>
            )}
            {risk.multipleClaims && (
              <Badge tone="amber">{t("customer360.flags.multipleClaims", { count: risk.claimsLast12m })}</Badge>
            )}
            {risk.highLossRatio && risk.lossRatio !== null && (
              <Badge tone="amber">
                {t("customer360.flags.highLossRatio", { ratio: Math.round(risk.lossRatio * 100) })}
              </Badge>
            )}
            {risk.churnRiskScore !== null && risk.churnRiskScore >= 50 && (
              <Badge tone="red">{t("customer360.flags.churnRisk", { score: risk.churnRiskScore })}</Badge>
            )}
          </div>
          <p className="flex flex-wrap gap-x-3 gap-y-1 text-slate-500">
            <span className="font-mono text-xs leading-5 text-slate-600">{c.customerNo}</span>
            {org && <span>{org}</span>}
            <span>
              {t("customer360.header.agent")}{" "}
              {c.agent ? (
                <span className="text-slate-800">
                  {c.agent.name}
                  {!c.agent.active && ` (${t("customer360.header.inactive")})`}
                </span>
              ) : (
                <Badge tone="amber">{t("customer360.header.noAgent")}</Badge>
              )}
            </span>
          </p>
          <p className="flex flex-wrap gap-x-5 gap-y-1 text-slate-600">
            {c.idNumber && (
              <span className="inline-flex items-center gap-1.5">
                <span className="text-xs text-slate-500">{t("customer360.profile.idNumber")}</span>
                <RevealField
                  customerId={c.id}
                  field="idNumber"
                  masked={c.idNumber}
                  canReveal={data.canReveal}
                  label={t("customer360.profile.idNumber")}
                />
              </span>
            )}
            {c.mobile && (
              <span className="inline-flex items-center gap-1.5">
                <span className="text-xs text-slate-500">{t("customer360.profile.mobile")}</span>
                <RevealField
                  customerId={c.id}
                  field="mobile"
                  masked={c.mobile}
                  canReveal={data.canReveal}
                  label={t("customer360.profile.mobile")}
                />
              </span>
            )}
          </p>
        </div>
        {(canEdit || canMerge || canComplain) && (
          <div className="flex flex-wrap gap-2">
            {canEdit && (
              <ButtonLink href={`/customers/${c.id}/edit`} variant="primary">
                {t("customer360.actions.edit")}
              </ButtonLink>
            )}
            {canMerge && (
              <ButtonLink href={`/customers/merge?source=${c.id}`}>{t("customer360.actions.merge")}</ButtonLink>
            )}
            {canComplain && (
              <ButtonLink href={`/complaints/new?customerId=${c.id}`} data-testid="register-complaint">
                {t("complaints.registerForCustomer")}
              </ButtonLink>
            )}
          </div>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 sm:grid-cols-5">
        {stats.map((s) => (
          <div key={s.label} className="bg-white px-3 py-2 last:max-sm:col-span-2">
            <dt className="text-xs text-slate-500">{s.label}</dt>
            <dd className="font-semibold tabular-nums">{s.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** The reasons behind the risk flags: blacklist entry, claim warnings and churn-risk signals. */
export async function RiskCallout({ data }: { data: Customer360 }) {
  const t = await getTranslations("customer360");
  const { risk } = data;
  const churn = risk.churnRiskScore !== null && risk.churnReasons.length > 0;
  if (!risk.blacklisted && !risk.multipleClaims && !risk.highLossRatio && !churn) return null;
  return (
    <div
      role="note"
      aria-label={t("risk.title")}
      className={`rounded-lg border px-4 py-3 ${risk.blacklisted ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50"}`}
    >
      <h2 className="text-sm font-semibold">{t("risk.title")}</h2>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
        {risk.blacklisted && (
          <li>
            {risk.blacklist
              ? t("risk.blacklist", {
                  reason: risk.blacklist.reason,
                  by: risk.blacklist.approvedBy,
                  date: shanghaiDateTime(risk.blacklist.since).slice(0, 10),
                })
              : t("flags.blacklisted")}
          </li>
        )}
        {risk.multipleClaims && <li>{t("risk.multipleClaims", { count: risk.claimsLast12m })}</li>}
        {risk.highLossRatio && risk.lossRatio !== null && (
          <li>{t("risk.highLossRatio", { ratio: Math.round(risk.lossRatio * 100) })}</li>
        )}
        {churn && (
          <li>
            {t("risk.churn", {
              score: risk.churnRiskScore ?? 0,
              reasons: risk.churnReasons.map((r) => t(`churnReasons.${r}`)).join(t("risk.separator")),
            })}
          </li>
        )}
      </ul>
    </div>
  );
}
