import { getLocale, getTranslations } from "next-intl/server";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import type { Actor } from "@/lib/auth/actor";
import { adminHome, agentHome, managerHome, serviceHome } from "@/lib/data/home";
import { formatYuan } from "@/lib/domain/money";

function numberFormatter(locale: string) {
  const nf = new Intl.NumberFormat(locale);
  return (n: number) => nf.format(n);
}

export async function AgentHome({ actor }: { actor: Actor }) {
  const [t, locale, d] = await Promise.all([getTranslations("home.agent"), getLocale(), agentHome(actor)]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">{t("title")}</h2>
      <StatGrid>
        <StatCard label={t("myCustomers")} value={n(d.customers)} testId="stat-my-customers" />
        <StatCard label={t("myPolicies")} value={n(d.policies)} />
        <StatCard label={t("expiring30")} value={n(d.expiring30)} tone={d.expiring30 ? "warn" : "default"} />
        <StatCard label={t("noOutcome")} value={n(d.noOutcome)} tone={d.noOutcome ? "warn" : "default"} />
        <StatCard label={t("visitsDue")} value={n(d.visitsDue)} />
        <StatCard label={t("visitsOverdue")} value={n(d.visitsOverdue)} tone={d.visitsOverdue ? "danger" : "default"} />
      </StatGrid>
      <p className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-slate-500">{t("worklistNote")}</p>
    </section>
  );
}

export async function ServiceHome({ actor }: { actor: Actor }) {
  const [t, locale, d] = await Promise.all([getTranslations("home.service"), getLocale(), serviceHome(actor)]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">{t("title")}</h2>
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

export async function ManagerHome({ actor }: { actor: Actor }) {
  const [t, locale, d] = await Promise.all([getTranslations("home.manager"), getLocale(), managerHome(actor)]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">{t("title")}</h2>
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

export async function AdminHome({ actor }: { actor: Actor }) {
  const [t, locale, d] = await Promise.all([getTranslations("home.admin"), getLocale(), adminHome(actor)]);
  const n = numberFormatter(locale);
  return (
    <section aria-labelledby="home-title" className="space-y-4">
      <h2 id="home-title" className="text-base font-semibold">{t("title")}</h2>
      <StatGrid>
        <StatCard label={t("activeUsers")} value={n(d.activeUsers)} testId="stat-active-users" />
        <StatCard label={t("inactiveUsers")} value={n(d.inactiveUsers)} />
        <StatCard label={t("orgUnits")} value={n(d.orgUnits)} />
        <StatCard label={t("auditToday")} value={n(d.auditToday)} />
      </StatGrid>
    </section>
  );
}
