import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list/list-skeleton";

export default async function RenewalsLoading() {
  const t = await getTranslations();
  return <ListSkeleton title={t("renewals.title")} />;
}
