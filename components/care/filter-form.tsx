import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CheckMenu } from "@/components/ui/check-menu";
import { inputClass } from "@/components/ui/field";
import type { CareWindow } from "@/lib/data/care/lists";
import { CARE_RANGES, HOLIDAY_YEARS, HOLIDAYS } from "@/lib/domain/care-dates";
import { VipTier } from "@/lib/generated/prisma/enums";
import { CARE_SORT_KEYS, careSortOf, type CareFilters } from "@/lib/validation/care-filters";

type Option = { value: string; label: string };

function Select({
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  name: string;
  label: string;
  options: Option[];
  value?: string;
  anyLabel?: string;
}) {
  const id = `care-filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Birthdays / holidays tabs; each keeps the shared filters (club, tier, agent). */
export async function CareTabs({ list }: { list: "birthday" | "holiday" }) {
  const t = await getTranslations("care.tabs");
  const tab = (key: "birthday" | "holiday", href: string) => (
    <Link
      href={href}
      aria-current={list === key ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${list === key ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-slate-50"}`}
    >
      {t(key)}
    </Link>
  );
  return (
    <nav className="flex gap-2" aria-label={t("birthday") + " / " + t("holiday")}>
      {tab("birthday", "/care?range=week")}
      {tab("holiday", "/care?list=holiday")}
    </nav>
  );
}

export async function CareFilterForm({
  filters,
  window,
  agents,
}: {
  filters: CareFilters;
  window: CareWindow;
  agents: { id: string; name: string; active: boolean }[];
}) {
  const t = await getTranslations();
  const f = (key: string) => t(`care.filters.${key}`);
  const any = f("any");
  const { key: sortKey } = careSortOf(filters);
  return (
    <form
      method="get"
      action="/care"
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={f("heading")}
      data-testid="care-filters"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        {window.list === "holiday" ? (
          <>
            <input type="hidden" name="list" value="holiday" />
            <Select
              name="holiday"
              label={f("holiday")}
              value={window.holiday}
              options={HOLIDAYS.map((h) => ({ value: h, label: t(`care.holidays.${h}`) }))}
            />
            <Select
              name="year"
              label={f("year")}
              value={String(window.year)}
              options={HOLIDAY_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
            />
          </>
        ) : (
          <>
            <Select
              name="range"
              label={f("range")}
              value={filters.range ?? "week"}
              options={CARE_RANGES.map((r) => ({ value: r, label: t(`care.ranges.${r}`) }))}
            />
            <div className="space-y-1">
              <label htmlFor="care-filter-from" className="block text-xs font-medium text-slate-700">
                {f("from")}
              </label>
              <input
                id="care-filter-from"
                name="from"
                type="date"
                defaultValue={window.range.from}
                className={inputClass}
              />
            </div>
            <div className="space-y-1">
              <label htmlFor="care-filter-to" className="block text-xs font-medium text-slate-700">
                {f("to")}
              </label>
              <input id="care-filter-to" name="to" type="date" defaultValue={window.range.to} className={inputClass} />
            </div>
          </>
        )}
        <Select
          name="club"
          label={f("club")}
          value={filters.club}
          anyLabel={any}
          options={[
            { value: "yes", label: f("clubYes") },
            { value: "no", label: f("clubNo") },
          ]}
        />
        <CheckMenu
          name="vip"
          label={f("vip")}
          options={Object.values(VipTier).map((v) => ({ value: v, label: t(`enums.VipTier.${v}`) }))}
          selected={filters.vip}
          summary={(count) => t("care.filters.selected", { count })}
        />
        {agents.length > 0 && (
          <Select
            name="agent"
            label={f("agent")}
            value={filters.agent}
            anyLabel={any}
            options={agents.map((a) => ({ value: a.id, label: a.active ? a.name : `${a.name} (−)` }))}
          />
        )}
        <Select
          name="sort"
          label={f("sort")}
          value={sortKey}
          options={CARE_SORT_KEYS.map((k) => ({ value: k, label: t(`care.sort.${k}`) }))}
        />
      </div>
      <div className="mt-3">
        <Button type="submit" variant="primary">
          {f("apply")}
        </Button>
      </div>
    </form>
  );
}
