import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ComplaintCategory, ComplaintChannel, Severity } from "@/lib/generated/prisma/enums";
import { QUEUE_SORTS, SLA_FILTERS, type ComplaintQueueFilters } from "@/lib/validation/complaint-queue";

type Options = { owners: { id: string; name: string }[]; orgUnits: { id: string; name: string; nameEn: string }[] };

/** The queue's filters as a plain GET form: every filter lives in the URL. */
export async function QueueFilters({
  filters,
  options,
  showOrg,
}: {
  filters: ComplaintQueueFilters;
  options: Options;
  showOrg: boolean;
}) {
  const [t, te, locale] = await Promise.all([getTranslations("complaints"), getTranslations("enums"), getLocale()]);
  const select = (name: string, label: string, value: string | undefined, choices: [string, string][], any = true) => (
    <label className="space-y-1">
      <span className="block text-xs font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={inputClass} data-testid={`filter-${name}`}>
        {any && <option value="">{t("filters.any")}</option>}
        {choices.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      action="/complaints"
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t("filters.title")}
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {select(
          "status",
          t("filters.status"),
          filters.status ?? "open",
          [
            ["open", t("filters.statusOpen")],
            ["closed", t("filters.statusClosed")],
            ["all", t("filters.statusAll")],
          ],
          false,
        )}
        {select(
          "sla",
          t("filters.sla"),
          filters.sla,
          SLA_FILTERS.map((s) => [s, t(`sla.${s}`)]),
        )}
        {select(
          "channel",
          t("filters.channel"),
          filters.channel,
          Object.values(ComplaintChannel).map((c) => [c, te(`ComplaintChannel.${c}`)]),
        )}
        {select(
          "category",
          t("filters.category"),
          filters.category,
          Object.values(ComplaintCategory).map((c) => [c, te(`ComplaintCategory.${c}`)]),
        )}
        {select(
          "severity",
          t("filters.severity"),
          filters.severity,
          Object.values(Severity).map((c) => [c, te(`Severity.${c}`)]),
        )}
        {showOrg &&
          select("owner", t("filters.owner"), filters.owner, [
            ["me", t("filters.ownerMe")],
            ["none", t("filters.ownerNone")],
            ...options.owners.map((o): [string, string] => [o.id, o.name]),
          ])}
        {showOrg &&
          select(
            "orgUnit",
            t("filters.orgUnit"),
            filters.orgUnit,
            options.orgUnits.map((o) => [o.id, locale.startsWith("zh") ? o.name : o.nameEn]),
          )}
        <label className="space-y-1">
          <span className="block text-xs font-medium text-slate-700">{t("filters.q")}</span>
          <input name="q" defaultValue={filters.q ?? ""} className={inputClass} placeholder="TS2026…" />
        </label>
        {select(
          "sort",
          t("filters.sort"),
          filters.sort ?? "timeLeft",
          QUEUE_SORTS.map((s) => [s, t(`sort.${s}`)]),
          false,
        )}
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/complaints" className={buttonClass("ghost")}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
