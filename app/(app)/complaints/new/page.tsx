import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CustomerPicker } from "@/components/complaints/customer-picker";
import { RegisterComplaintForm } from "@/components/complaints/register-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { registrationOptions } from "@/lib/data/complaints/register";
import { searchCustomers } from "@/lib/data/customers/search";
import { RateLimitedError } from "@/lib/domain/search-limits";
import { ComplaintCategory, ComplaintChannel, Severity } from "@/lib/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("complaints"))("newTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

export default async function NewComplaintPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, te] = await Promise.all([getTranslations(), getTranslations("enums")]);
  if (!can(actor.role, "complaint.register")) return <EmptyState title={t("errors.forbidden")} />;
  const params = await searchParams;
  const customerId = first(params.customerId);
  const q = first(params.q).slice(0, 50);
  const customer = UUID.test(customerId) ? await registrationOptions(actor, customerId) : null;

  const header = <PageHeader title={t("complaints.newTitle")} description={t("complaints.newDescription")} />;
  if (!customer) {
    let hits: Awaited<ReturnType<typeof searchCustomers>> | null = null;
    let slowDown: string | undefined;
    try {
      hits = q ? await searchCustomers(actor, q, 10) : null;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      slowDown = t("search.slowDown", { seconds: error.retryAfterSeconds });
    }
    return (
      <div className="mx-auto max-w-3xl">
        {header}
        {customerId && (
          <p role="alert" className="mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-700">
            {t("complaints.errors.customerNotFound")}
          </p>
        )}
        <CustomerPicker q={q} hits={hits} notice={slowDown} />
      </div>
    );
  }
  const options = (values: Record<string, string>, ns: string) =>
    Object.values(values).map((v) => ({ value: v, label: te(`${ns}.${v}` as "ComplaintChannel.HOTLINE") }));
  return (
    <div className="mx-auto max-w-3xl space-y-3">
      {header}
      <div
        className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white px-4 py-2"
        data-testid="complaint-customer"
      >
        <span>
          <span className="text-xs text-slate-500">{t("complaints.form.customer")}</span>{" "}
          <Link href={`/customers/${customer.id}`} className="font-medium hover:underline">
            {customer.name}
          </Link>{" "}
          <span className="font-mono text-xs text-slate-500">{customer.customerNo}</span>
          {customer.mobile && <span className="ml-2 text-xs text-slate-500">{customer.mobile}</span>}
        </span>
        <Link href="/complaints/new" className="text-xs text-brand-700 hover:underline">
          {t("complaints.form.change")}
        </Link>
      </div>
      <RegisterComplaintForm
        customerId={customer.id}
        policies={customer.policies.map((p) => ({ value: p.id, label: `${p.policyNo} · ${p.productName}` }))}
        claims={customer.claims.map((c) => ({ value: c.id, label: c.claimNo }))}
        channels={options(ComplaintChannel, "ComplaintChannel")}
        categories={options(ComplaintCategory, "ComplaintCategory")}
        severities={options(Severity, "Severity")}
        cancelHref={`/customers/${customer.id}`}
      />
    </div>
  );
}
