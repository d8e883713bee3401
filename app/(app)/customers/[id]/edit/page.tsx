import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CustomerForm } from "@/components/customers/customer-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { customerForEdit, formOptions } from "@/lib/data/customers/form-definitions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerForm"))("save") };
}

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (!can(actor.role, "customer.update")) return <EmptyState title={t("errors.forbidden")} />;
  const [customer, options] = await Promise.all([customerForEdit(actor, id), formOptions(actor, "update")]);
  if (!customer) notFound();
  const org = locale === "en" ? customer.orgUnit.nameEn : customer.orgUnit.name;
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader
        title={t("customerForm.editTitle", { name: customer.values.name ?? "" })}
        description={t("customerForm.editDescription", { customerNo: customer.customerNo, org })}
      />
      <CustomerForm
        // A new version (after a save elsewhere and a reload) rebuilds the form from the record.
        key={customer.version}
        mode="edit"
        id={customer.id}
        version={customer.version}
        initial={customer}
        fields={options.fields}
        tags={options.tags}
        orgUnits={[]}
        cancelHref={`/customers/${customer.id}`}
        reloadHref={`/customers/${customer.id}/edit`}
      />
    </div>
  );
}
