import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CheckMenu } from "@/components/ui/check-menu";
import { inputClass } from "@/components/ui/field";
import type { CustomerFilterOptions } from "@/lib/data/customers/list";
import {
  AbilityWillQuadrant,
  ActivityStatus,
  Channel,
  CustomerKind,
  LifecycleStage,
  SatLoyaltyQuadrant,
  Touchpoint,
  VipTier,
} from "@/lib/generated/prisma/enums";
import { PAGE_SIZES, SORT_KEYS, sortOf, type CustomerFilters } from "@/lib/validation/customer-filters";

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
  const id = `filter-${name}`;
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

/**
 * The list's filters as a plain GET form: every filter lands in the URL (bookmarkable), and
 * filtering needs no JavaScript. Submitting starts again at page 1.
 */
export async function CustomerFilterForm({
  filters,
  options,
  showOrgFilters,
  activeCount,
}: {
  filters: CustomerFilters;
  options: CustomerFilterOptions;
  showOrgFilters: boolean;
  activeCount: number;
}) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const en = locale === "en";
  const f = (key: string) => t(`customers.filters.${key}`);
  const any = f("any");
  const enumOptions = (name: string, values: Record<string, string>): Option[] =>
    Object.values(values).map((v) => ({ value: v, label: t(`enums.${name}.${v}`) }));
  const yesNo = (yes: string, no: string): Option[] => [
    { value: "yes", label: f(yes) },
    { value: "no", label: f(no) },
  ];
  const summary = (count: number) => t("customers.filters.selected", { count });
  const { key: sortKey, dir } = sortOf(filters);

  const moreFields = [
    filters.insured,
    filters.orphan,
    filters.contactable,
    filters.club,
    filters.tenure,
    filters.orgUnit,
    filters.agent,
    ...filters.touchpoint,
    ...filters.lifecycle,
    ...filters.satLoyalty,
    ...filters.abilityWill,
    ...filters.tag,
    ...Object.keys(filters.fields),
    filters.sort,
    filters.dir,
    filters.size,
  ].filter((v) => v !== undefined).length;

  return (
    <form
      method="get"
      action="/customers"
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={f("heading")}
      data-testid="customer-filters"
    >
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <div className="col-span-2 space-y-1 md:col-span-3 lg:col-span-2">
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-700">
            {f("q")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={f("qPlaceholder")}
            maxLength={50}
            className={inputClass}
          />
        </div>
        <Select
          name="activity"
          label={f("activity")}
          options={enumOptions("ActivityStatus", ActivityStatus)}
          value={filters.activity[0]}
          anyLabel={any}
        />
        <CheckMenu
          name="vip"
          label={f("vip")}
          options={enumOptions("VipTier", VipTier)}
          selected={filters.vip}
          summary={summary}
        />
        <Select
          name="channel"
          label={f("channel")}
          options={enumOptions("Channel", Channel)}
          value={filters.channel[0]}
          anyLabel={any}
        />
        <Select
          name="kind"
          label={f("kind")}
          options={enumOptions("CustomerKind", CustomerKind)}
          value={filters.kind[0]}
          anyLabel={any}
        />
      </div>

      <details className="group mt-3" open={moreFields > 0}>
        <summary className="cursor-pointer text-xs font-medium text-brand-700 select-none">
          {f("more")}
          {moreFields > 0 && ` (${moreFields})`}
        </summary>
        <div className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
          <Select
            name="insured"
            label={f("insured")}
            options={yesNo("insuredYes", "insuredNo")}
            value={filters.insured}
            anyLabel={any}
          />
          <Select
            name="orphan"
            label={f("orphan")}
            options={yesNo("orphanYes", "orphanNo")}
            value={filters.orphan}
            anyLabel={any}
          />
          <Select
            name="contactable"
            label={f("contactable")}
            options={yesNo("contactableYes", "contactableNo")}
            value={filters.contactable}
            anyLabel={any}
          />
          <Select
            name="club"
            label={f("club")}
            options={yesNo("clubYes", "clubNo")}
            value={filters.club}
            anyLabel={any}
          />
          <CheckMenu
            name="touchpoint"
            label={f("touchpoint")}
            options={enumOptions("Touchpoint", Touchpoint)}
            selected={filters.touchpoint}
            summary={summary}
          />
          <Select
            name="lifecycle"
            label={f("lifecycle")}
            options={enumOptions("LifecycleStage", LifecycleStage)}
            value={filters.lifecycle[0]}
            anyLabel={any}
          />
          <Select
            name="tenure"
            label={f("tenure")}
            options={[
              { value: "new", label: f("tenureNew") },
              { value: "long", label: f("tenureLong") },
            ]}
            value={filters.tenure}
            anyLabel={any}
          />
          <Select
            name="satLoyalty"
            label={f("satLoyalty")}
            options={enumOptions("SatLoyaltyQuadrant", SatLoyaltyQuadrant)}
            value={filters.satLoyalty[0]}
            anyLabel={any}
          />
          <Select
            name="abilityWill"
            label={f("abilityWill")}
            options={enumOptions("AbilityWillQuadrant", AbilityWillQuadrant)}
            value={filters.abilityWill[0]}
            anyLabel={any}
          />
          {options.tags.length > 0 && (
            <CheckMenu
              name="tag"
              label={f("tag")}
              options={options.tags.map((tag) => ({ value: tag.id, label: en && tag.nameEn ? tag.nameEn : tag.name }))}
              selected={filters.tag}
              summary={summary}
            />
          )}
          {showOrgFilters && (
            <>
              <Select
                name="orgUnit"
                label={f("orgUnit")}
                options={options.orgUnits.map((o) => ({
                  value: o.id,
                  label: `${o.level === "CITY" ? "\u3000" : ""}${en ? o.nameEn : o.name}`,
                }))}
                value={filters.orgUnit}
                anyLabel={any}
              />
              <Select
                name="agent"
                label={f("agent")}
                options={options.agents.map((a) => ({
                  value: a.id,
                  label: a.active ? a.name : t("customers.filters.agentInactive", { name: a.name }),
                }))}
                value={filters.agent}
                anyLabel={any}
              />
            </>
          )}
          {options.fields.map((field) => {
            const label = en && field.labelEn ? field.labelEn : field.label;
            const name = `field.${field.key}`;
            if (field.type === "SELECT" || field.type === "BOOLEAN") {
              const fieldOptions =
                field.type === "BOOLEAN"
                  ? [
                      { value: "true", label: f("booleanYes") },
                      { value: "false", label: f("booleanNo") },
                    ]
                  : field.options.map((o) => ({ value: o, label: o }));
              return (
                <Select
                  key={field.key}
                  name={name}
                  label={label}
                  options={fieldOptions}
                  value={filters.fields[field.key]}
                  anyLabel={any}
                />
              );
            }
            return (
              <div key={field.key} className="space-y-1">
                <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
                  {label}
                </label>
                <input
                  id={`filter-${name}`}
                  name={name}
                  type={field.type === "DATE" ? "date" : "text"}
                  inputMode={field.type === "NUMBER" ? "decimal" : undefined}
                  defaultValue={filters.fields[field.key] ?? ""}
                  maxLength={100}
                  className={inputClass}
                />
              </div>
            );
          })}
          <Select
            name="sort"
            label={f("sort")}
            options={SORT_KEYS.map((k) => ({ value: k, label: t(`customers.sort.${k}`) }))}
            value={sortKey}
          />
          <Select
            name="dir"
            label={f("dir")}
            options={[
              { value: "asc", label: f("asc") },
              { value: "desc", label: f("desc") },
            ]}
            value={dir}
          />
          <Select
            name="size"
            label={f("size")}
            options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
            value={String(filters.size ?? 25)}
          />
        </div>
      </details>

      <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
        <Button type="submit" variant="primary">
          {f("apply")}
        </Button>
        {activeCount > 0 && (
          <Link
            href="/customers"
            className="text-sm text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline"
            data-testid="clear-filters"
          >
            {f("clear")}
          </Link>
        )}
      </div>
    </form>
  );
}
