import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Nonexistent and out-of-scope complaints end here, indistinguishably. */
export default async function ComplaintNotFound() {
  const t = await getTranslations("complaints");
  return (
    <div className="mx-auto max-w-lg py-10" data-testid="complaint-not-found">
      <EmptyState title={t("errors.notFound")}>
        <ButtonLink href="/complaints" className="mt-4">
          {t("title")}
        </ButtonLink>
      </EmptyState>
    </div>
  );
}
