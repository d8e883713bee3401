import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Customer360 } from "@/lib/data/customers/360";
import { formatYuan } from "@/lib/domain/money";
import { shanghaiDateTime } from "./format";
import { Section } from "./section";

export const CLAIM_STATUS_TONE: Record<string, BadgeTone> = {
  REPORTED: "blue",
  DOCUMENTS: "blue",
  ASSESSING: "amber",
  APPROVED: "violet",
  PAID: "green",
  REJECTED: "red",
  CLOSED: "slate",
};

type Step = Customer360["claims"]["items"][number]["steps"][number];

const DOT: Record<Step["state"], string> = {
  done: "bg-emerald-500 border-emerald-500",
  current: "bg-white border-brand-600 ring-2 ring-brand-100",
  todo: "bg-white border-slate-300",
};

/** Claims with amounts, handler and their progress through the standard steps. */
export async function ClaimsSection({ data }: { data: Customer360 }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { items, total } = data.claims;
  const c = (key: string, values?: Record<string, string | number>) => t(`customer360.claims.${key}`, values);
  return (
    <Section
      id="claims"
      title={t("customer360.sections.claims")}
      count={total > items.length ? `${items.length} / ${total}` : String(total)}
      flush
    >
      {items.length === 0 ? (
        <p className="px-4 py-3 text-slate-500">{c("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((k) => (
            <li key={k.id} className="space-y-2 px-4 py-3" data-testid="claim">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs">{k.claimNo}</span>
                  <Badge tone={CLAIM_STATUS_TONE[k.status]}>{t(`enums.ClaimStatus.${k.status}`)}</Badge>
                  {k.greenChannel && <Badge tone="green">{c("greenChannel")}</Badge>}
                </span>
                <span className="text-xs text-slate-500">
                  {c("policy", { policyNo: k.policyNo })} · {t(`enums.ProductLine.${k.productLine}`)}
                </span>
              </div>
              <p className="flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-600">
                <span>{c("incident", { date: k.incidentDate })}</span>
                <span>{c("reported", { at: shanghaiDateTime(k.reportedAt) })}</span>
                <span>
                  {c("claimed")} <span className="tabular-nums">{formatYuan(k.amountClaimed, locale)}</span>
                </span>
                {k.amountPaid !== null && (
                  <span>
                    {c("paid")} <span className="tabular-nums">{formatYuan(k.amountPaid, locale)}</span>
                  </span>
                )}
                <span>{c("handler", { name: k.handler ?? "—" })}</span>
              </p>
              <ol className="flex flex-wrap gap-x-1 gap-y-2" aria-label={c("progress")}>
                {k.steps.map((s, i) => (
                  <li
                    key={s.status}
                    className="flex items-center gap-1 text-xs"
                    aria-current={s.state === "current" ? "step" : undefined}
                  >
                    {i > 0 && (
                      <span
                        aria-hidden
                        className={`h-px w-3 sm:w-5 ${s.state === "todo" ? "bg-slate-200" : "bg-emerald-400"}`}
                      />
                    )}
                    <span aria-hidden className={`size-2.5 rounded-full border-2 ${DOT[s.state]}`} />
                    <span
                      className={s.state === "todo" ? "text-slate-400" : s.state === "current" ? "font-medium" : ""}
                      title={s.at ? shanghaiDateTime(s.at) : undefined}
                    >
                      {t(`enums.ClaimStatus.${s.status}`)}
                      <span className="sr-only">
                        {" "}
                        {c(`step.${s.state}`)}
                        {s.at ? ` ${shanghaiDateTime(s.at)}` : ""}
                      </span>
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
