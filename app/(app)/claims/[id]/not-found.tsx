import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Nonexistent and out-of-scope claims both end here, indistinguishably. */
export default async function ClaimNotFound() {
  const t = await getTranslations("claims");
  return (
    <div className="mx-auto max-w-lg py-10" data-testid="claim-not-found">
      <EmptyState title={t("errors.notFound")}>
        <ButtonLink href="/claims" className="mt-4">
          {t("detail.back")}
        </ButtonLink>
      </EmptyState>
    </div>
  );
}
