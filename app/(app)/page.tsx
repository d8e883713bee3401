import { getLocale, getTranslations } from "next-intl/server";
import { AdminHome, ManagerHome, ServiceHome } from "@/components/home/role-home";
import { TodayHome } from "@/components/home/today";
import { requireActor } from "@/lib/auth/session";
import { orgUnitName } from "@/lib/data/home/role-home";

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, locale, raw] = await Promise.all([getTranslations("home"), getLocale(), searchParams]);
  const org = await orgUnitName(actor.orgUnitId, locale);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold" data-testid="home-greeting">
          {t("greeting", { name: actor.name })}
        </h1>
        <p className="text-slate-500">{t("scope", { org })}</p>
      </div>
      {actor.role === "AGENT" && (
        <TodayHome actor={actor} logged={typeof raw.logged === "string"} task={raw.task === "1"} />
      )}
      {(actor.role === "SERVICE" || actor.role === "SERVICE_LEAD") && <ServiceHome actor={actor} />}
      {actor.role === "MANAGER" && <ManagerHome actor={actor} />}
      {actor.role === "ADMIN" && <AdminHome actor={actor} />}
    </div>
  );
}
