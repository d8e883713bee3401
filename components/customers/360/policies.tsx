import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import type { Customer360 } from "@/lib/data/customers/360";
import { formatYuan } from "@/lib/domain/money";
import { EXPIRY_WINDOW_DAYS } from "@/lib/domain/segments";
import { Section } from "./section";

export const POLICY_STATUS_TONE: Record<string, BadgeTone> = {
  IN_FORCE: "green",
  MATURED: "slate",
  LAPSED: "red",
  SURRENDERED: "amber",
};
const RENEWAL_TONE: Record<string, BadgeTone> = { WILL_RENEW: "green", WONT_RENEW: "red", CONSIDERING: "amber" };

type Policy = Customer360["policies"]["items"][number];

/** Held policies and group cover: status, term with days to expiry, renewal intent and agents. */
export async function PoliciesSection({ data }: { data: Customer360 }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { items, total } = data.policies;
  const h = (key: string) => t(`customer360.policies.${key}`);
  const expiry = (p: Policy) => {
    // Far-off ends (life, annuity) are not news; the countdown starts a year ahead.
    if (p.daysToExpiry === null || p.daysToExpiry > 365) return null;
    const soon = p.daysToExpiry <= EXPIRY_WINDOW_DAYS;
    const text =
      p.daysToExpiry < 0
        ? t("customer360.policies.endedAgo", { days: -p.daysToExpiry })
        : t("customer360.policies.expiresIn", { days: p.daysToExpiry });
    return <span className={soon ? "font-medium text-amber-700" : "text-slate-500"}>{text}</span>;
  };
  return (
    <Section
      id="policies"
      title={t("customer360.sections.policies")}
      count={total > items.length ? `${items.length} / ${total}` : String(total)}
      flush
    >
      {items.length === 0 ? (
        <p className="px-4 py-3 text-slate-500">{h("none")}</p>
      ) : (
        <ResponsiveTable
          caption={t("customer360.sections.policies")}
          head={[h("policyNo"), h("product"), h("premium"), h("status"), h("term"), h("renewal"), h("agents")]}
        >
          {items.map((p) => (
            <Tr key={p.id}>
              <Td label={h("policyNo")}>
                <span className="font-mono text-xs">{p.policyNo}</span>
                {p.vehiclePlate && (
                  <span className="mt-0.5 block text-xs text-slate-600 max-md:mt-0 max-md:ml-2 max-md:inline">
                    {p.vehiclePlate}
                  </span>
                )}
                {!p.held && (
                  <span className="mt-0.5 block max-md:mt-0 max-md:ml-2 max-md:inline">
                    <Badge tone="violet">{h("insuredOnly")}</Badge>
                  </span>
                )}
              </Td>
              <Td label={h("product")}>
                <span className="block">{p.productName}</span>
                <span className="text-xs text-slate-500 max-md:hidden">
                  {t(`enums.ProductLine.${p.productLine}`)} · {t(`enums.Channel.${p.channel}`)}
                </span>
              </Td>
              <Td label={h("premium")} className="tabular-nums md:text-right">
                <span className="block">{formatYuan(p.annualPremium, locale)}</span>
                <span className="text-xs text-slate-500 max-md:hidden">
                  {t(`enums.PaymentFrequency.${p.paymentFrequency}`)}
                </span>
              </Td>
              <Td label={h("status")}>
                <Badge tone={POLICY_STATUS_TONE[p.status]}>{t(`enums.PolicyStatus.${p.status}`)}</Badge>
              </Td>
              <Td label={h("term")} className="whitespace-nowrap">
                <span className="block tabular-nums">
                  {p.startDate} – {p.endDate}
                </span>
                {expiry(p)}
              </Td>
              <Td label={h("renewal")}>
                {p.renewalOutcome ? (
                  <Badge tone={RENEWAL_TONE[p.renewalOutcome]}>{t(`enums.RenewalOutcome.${p.renewalOutcome}`)}</Badge>
                ) : (
                  <span className="text-slate-300">—</span>
                )}
              </Td>
              <Td label={h("agents")} className="text-xs">
                <span className="block">
                  <span className="text-slate-500">{h("agentOfRecord")}</span> {p.agentOfRecord ?? "—"}
                </span>
                <span className="block">
                  <span className="text-slate-500">{h("servicingAgent")}</span> {p.servicingAgent ?? "—"}
                </span>
              </Td>
            </Tr>
          ))}
        </ResponsiveTable>
      )}
    </Section>
  );
}
