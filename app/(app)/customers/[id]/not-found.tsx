import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Nonexistent, merged-away and out-of-scope customers all end here, indistinguishably. */
export default async function CustomerNotFound() {
  const t = await getTranslations("customer360.notFound");
  return (
    <div className="mx-auto max-w-lg py-10" data-testid="customer-not-found">
      <EmptyState title={t("title")}>
        <p>{t("body")}</p>
        <ButtonLink href="/customers" className="mt-4">
          {t("back")}
        </ButtonLink>
      </EmptyState>
    </div>
  );
}
