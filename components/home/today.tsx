// The agent's Today page (issue 4.1): the day's work as counts ordered by urgency, each opening the
// matching list, and the visits to make now with a one-tap log button.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { VisitList } from "@/components/visits/visit-list";
import { LoggedNotice } from "@/components/visits/logged-notice";
import type { TodayData, TodayItem } from "@/lib/data/home/today";

const TONE: Record<TodayItem["tone"], string> = {
  danger: "border-red-200 bg-red-50 text-red-700",
  warn: "border-amber-200 bg-amber-50 text-amber-800",
  default: "border-slate-200 bg-white text-slate-900",
};

export async function TodayHome({ data: d, logged, task }: { data: TodayData; logged: boolean; task: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("today"), getLocale()]);
  const nf = new Intl.NumberFormat(locale);
  const open = d.items.filter((i) => i.count > 0);
  const quiet = d.items.filter((i) => i.count === 0);
  const tile = (i: TodayItem) => (
    <Link
      key={i.key}
      href={i.href}
      data-testid={`stat-${i.key}`}
      className={`flex items-center justify-between gap-2 rounded-lg border px-3 py-2.5 hover:border-brand-500 ${i.count ? TONE[i.tone] : "border-slate-200 bg-white text-slate-400"}`}
    >
      <span className="text-sm">{t(`item.${i.key}`)}</span>
      <span className="text-xl font-semibold tabular-nums" data-testid="count">
        {nf.format(i.count)}
      </span>
    </Link>
  );
  return (
    <section aria-labelledby="today-title" className="space-y-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="today-title" className="text-base font-semibold">
          {t("title")}
        </h2>
        <span className="text-xs text-slate-500 tabular-nums">{d.today}</span>
      </div>
      <LoggedNotice logged={logged} task={task} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="today-items">
        {open.map(tile)}
        {quiet.map(tile)}
      </div>
      <section aria-labelledby="today-visits" className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h3 id="today-visits" className="text-sm font-semibold">
            {t("visitsTitle")}
          </h3>
          <ButtonLink href="/visits" size="sm" variant="ghost">
            {t("allVisits")}
          </ButtonLink>
        </div>
        {d.visits.length === 0 ? (
          <EmptyState title={t("noVisits")}>{t("noVisitsHint")}</EmptyState>
        ) : (
          <VisitList items={d.visits} today={d.today} from="today" />
        )}
      </section>
    </section>
  );
}
