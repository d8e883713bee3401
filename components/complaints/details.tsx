import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { shanghaiDateTime } from "@/components/customers/360/format";
import type { ComplaintDetail } from "@/lib/data/complaints/detail";

/** The registration (投诉登记表) and, once handled, the resolution and root cause. */
export async function ComplaintDetails({ c }: { c: ComplaintDetail }) {
  const [t, te, locale] = await Promise.all([
    getTranslations("complaints.detail"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const org = locale.startsWith("zh") ? c.orgUnit.name : c.orgUnit.nameEn;
  const rows: [string, React.ReactNode][] = [
    [
      t("customer"),
      <span key="c">
        <Link href={`/customers/${c.customer.id}`} className="text-brand-700 hover:underline">
          {c.customer.name}
        </Link>{" "}
        <span className="font-mono text-xs text-slate-500">{c.customer.customerNo}</span>
        {c.customer.mobile && <span className="ml-2 text-xs text-slate-500">{c.customer.mobile}</span>}
      </span>,
    ],
    [t("policy"), c.policy ? `${c.policy.policyNo} · ${c.policy.productName}` : "—"],
    [t("claim"), c.claim?.claimNo ?? "—"],
    [t("category"), te(`ComplaintCategory.${c.category}`)],
    [t("orgUnit"), org],
    [t("registeredBy"), c.registeredBy.name],
    [t("receivedAt"), shanghaiDateTime(c.receivedAt)],
    [t("description"), c.description],
    [t("customerRequest"), c.customerRequest ?? "—"],
  ];
  if (c.resolution) rows.push([t("resolution"), c.resolution]);
  if (c.rootCause) rows.push([t("rootCause"), c.rootCause]);
  return (
    <dl
      className="grid grid-cols-1 gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[8rem_1fr]"
      data-testid="complaint-details"
    >
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-xs text-slate-500 sm:pt-0.5">{label}</dt>
          <dd className="min-w-0 break-words whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
