import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CustomerForm } from "@/components/customers/customer-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formOptions } from "@/lib/data/customers/form-definitions";
import { orgUnitName } from "@/lib/data/home/role-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerForm"))("newTitle") };
}

export default async function NewCustomerPage() {
  const actor = await requireActor();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (!can(actor.role, "customer.create")) return <EmptyState title={t("errors.forbidden")} />;
  const [options, ownOrgName] = await Promise.all([
    formOptions(actor, "create"),
    actor.role === "AGENT" ? orgUnitName(actor.orgUnitId, locale) : Promise.resolve(undefined),
  ]);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title={t("customerForm.newTitle")} description={t("customerForm.newDescription")} />
      <CustomerForm
        mode="create"
        fields={options.fields}
        tags={options.tags}
        orgUnits={options.orgUnits}
        ownOrgName={ownOrgName}
        cancelHref="/customers"
      />
    </div>
  );
}
