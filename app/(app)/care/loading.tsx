import { getTranslations } from "next-intl/server";
import { ListSkeleton } from "@/components/ui/list/list-skeleton";

export default async function CareLoading() {
  const t = await getTranslations();
  return <ListSkeleton title={t("care.title")} />;
}
