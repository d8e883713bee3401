import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClaimsSection } from "@/components/customers/360/claims";
import { ClassificationPanel } from "@/components/customers/360/classification-panel";
import { CustomerHeader, RiskCallout } from "@/components/customers/360/header";
import { PoliciesSection } from "@/components/customers/360/policies";
import { CorporateSection, FamilySection, ProfileSection, TagsSection } from "@/components/customers/360/profile";
import { TimelineSection } from "@/components/customers/360/timeline";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getCustomer360 } from "@/lib/data/customers/360";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customer360"))("title") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CustomerPage({ params, searchParams }: Props) {
  const [{ id }, query, actor] = await Promise.all([params, searchParams, requireActor()]);
  // Out of scope, merged away, nonexistent and not permitted all look the same: not found.
  if (!can(actor.role, "customer.read")) notFound();
  const timelinePage = Number(Array.isArray(query.timeline) ? query.timeline[0] : query.timeline) || 1;
  const [data, t] = await Promise.all([getCustomer360(actor, id, { timelinePage }), getTranslations("customer360")]);
  if (!data) notFound();

  const anchors = ["policies", "claims", "timeline", "profile", "classification"] as const;
  return (
    <div className="space-y-4">
      <Link href="/customers" className="text-xs text-slate-500 hover:text-slate-800">
        ← {t("backToList")}
      </Link>
      <CustomerHeader
        data={data}
        canEdit={can(actor.role, "customer.update")}
        canMerge={can(actor.role, "customer.merge")}
        canComplain={can(actor.role, "complaint.register")}
      />
      <RiskCallout data={data} />
      <nav aria-label={t("sectionsNav")} className="-mx-3 overflow-x-auto px-3 md:mx-0 md:px-0">
        <ul className="flex gap-1 text-xs whitespace-nowrap">
          {anchors.map((a) => (
            <li key={a}>
              <a
                href={`#${a}`}
                className="inline-block rounded-full border border-slate-200 bg-white px-3 py-1 text-slate-600 hover:border-slate-300 hover:text-slate-900"
              >
                {t(`sections.${a}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PoliciesSection data={data} />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="min-w-0 space-y-4 lg:col-span-3">
          <ClaimsSection data={data} />
          <TimelineSection data={data} basePath={`/customers/${data.customer.id}`} />
        </div>
        <div className="min-w-0 space-y-4 lg:col-span-2">
          <ProfileSection data={data} />
          <CorporateSection data={data} />
          <ClassificationPanel data={data} />
          <FamilySection data={data} />
          <TagsSection data={data} />
        </div>
      </div>
    </div>
  );
}
