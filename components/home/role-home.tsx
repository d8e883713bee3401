import { getLocale, getTranslations } from "next-intl/server";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import type { adminHome, managerHome, serviceHome } from "@/lib/data/home/role-home";
import { formatYuan } from "@/lib/domain/money";

function numberFormatter(locale: string) {
  const nf = new Intl.NumberFormat(locale);
  return (n: number) => nf.format(n);
}

export async function ServiceHome({ data: d }: { data: Awaited<ReturnType<typeof serviceHome>> }) {
  const [t, locale] = await Promise.all([getTranslations("home.service"), getLocale()]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <StatGrid>
        <StatCard label={t("openComplaints")} value={n(d.openComplaints)} testId="stat-open-complaints" />
        <StatCard label={t("breached")} value={n(d.breached)} tone={d.breached ? "danger" : "default"} />
        <StatCard label={t("pendingSurveys")} value={n(d.pendingSurveys)} />
        <StatCard label={t("openTasks")} value={n(d.openTasks)} />
        {d.orphans !== null && <StatCard label={t("orphans")} value={n(d.orphans)} tone="warn" />}
      </StatGrid>
    </section>
  );
}

export async function ManagerHome({ data: d }: { data: Awaited<ReturnType<typeof managerHome>> }) {
  const [t, locale] = await Promise.all([getTranslations("home.manager"), getLocale()]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <StatGrid>
        <StatCard label={t("insuredCustomers")} value={n(d.insured)} testId="stat-insured" />
        <StatCard label={t("inForcePolicies")} value={n(d.inForce)} />
        <StatCard label={t("annualPremium")} value={formatYuan(d.annualPremium, locale)} />
        <StatCard label={t("openComplaints")} value={n(d.openComplaints)} />
        <StatCard label={t("dormant")} value={n(d.dormant)} />
      </StatGrid>
    </section>
  );
}

export async function AdminHome({ data: d }: { data: Awaited<ReturnType<typeof adminHome>> }) {
  const [t, locale] = await Promise.all([getTranslations("home.admin"), getLocale()]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <StatGrid>
        <StatCard label={t("activeUsers")} value={n(d.activeUsers)} testId="stat-active-users" />
        <StatCard label={t("inactiveUsers")} value={n(d.inactiveUsers)} />
        <StatCard label={t("orgUnits")} value={n(d.orgUnits)} />
        <StatCard label={t("auditToday")} value={n(d.auditToday)} />
      </StatGrid>
    </section>
  );
}
