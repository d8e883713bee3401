import { getLocale, getTranslations } from "next-intl/server";
import { AdminHome, ManagerHome, ServiceHome } from "@/components/home/role-home";
import { TodayHome } from "@/components/home/today";
import { requireActor } from "@/lib/auth/session";
import { adminHome, managerHome, orgUnitName, serviceHome } from "@/lib/data/home/role-home";
import { loadToday } from "@/lib/data/home/today";

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, locale, raw] = await Promise.all([getTranslations("home"), getLocale(), searchParams]);
  const isService = actor.role === "SERVICE" || actor.role === "SERVICE_LEAD";
  const [org, today, service, manager, admin] = await Promise.all([
    orgUnitName(actor.orgUnitId, locale),
    actor.role === "AGENT" ? loadToday(actor) : null,
    isService ? serviceHome(actor) : null,
    actor.role === "MANAGER" ? managerHome(actor) : null,
    actor.role === "ADMIN" ? adminHome(actor) : null,
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold" data-testid="home-greeting">
          {t("greeting", { name: actor.name })}
        </h1>
        <p className="text-slate-500">{t("scope", { org })}</p>
      </div>
      {today && <TodayHome data={today} logged={typeof raw.logged === "string"} task={raw.task === "1"} />}
      {service && <ServiceHome data={service} />}
      {manager && <ManagerHome data={manager} />}
      {admin && <AdminHome data={admin} />}
    </div>
  );
}
