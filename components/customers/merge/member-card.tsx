import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { MergeMember } from "@/lib/data/customers/merge";

/** One side of a merge: who the record is, masked identifiers, unit and agent. */
export async function MemberCard({
  member,
  role,
  children,
}: {
  member: MergeMember;
  role: "source" | "target";
  children?: React.ReactNode;
}) {
  const [t, te, tf, locale] = await Promise.all([
    getTranslations("customerMerge"),
    getTranslations("enums"),
    getTranslations("customerForm.fields"),
    getLocale(),
  ]);
  const tone = role === "source" ? "border-amber-300 bg-amber-50/40" : "border-emerald-300 bg-emerald-50/40";
  return (
    <div className={`min-w-0 rounded-lg border p-4 ${tone}`} data-testid={`merge-${role}`}>
      <p className="text-xs font-medium text-slate-500">{t(role)}</p>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <Link href={`/customers/${member.id}`} className="text-base font-semibold hover:underline">
          {member.name}
        </Link>
        <Badge>{te(`CustomerKind.${member.kind}`)}</Badge>
        {member.vipTier !== "NONE" && <Badge tone="amber">{te(`VipTier.${member.vipTier}`)}</Badge>}
        <Badge tone={member.isInsured ? "green" : "slate"}>{member.isInsured ? t("insured") : t("prospect")}</Badge>
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600">
        <dt>{t("customerNo")}</dt>
        <dd className="font-mono">{member.customerNo}</dd>
        {member.idNumber && (
          <>
            <dt>{tf("idNumber")}</dt>
            <dd className="font-mono">{member.idNumber}</dd>
          </>
        )}
        {member.mobile && (
          <>
            <dt>{tf("mobile")}</dt>
            <dd className="font-mono">{member.mobile}</dd>
          </>
        )}
        <dt>{t("agent")}</dt>
        <dd>
          {locale === "en" ? member.orgUnit.nameEn : member.orgUnit.name} · {member.agentName ?? t("orphan")}
        </dd>
      </dl>
      {children}
    </div>
  );
}
