// Filters and stats range of the survey page as one GET form (everything lives in the URL).
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import {
  CHANNELS,
  SURVEY_SORTS,
  SURVEY_STATUSES,
  SURVEY_TRIGGERS,
  type SurveyListParams,
} from "@/lib/validation/survey";

type T = (key: string) => string;

export function SurveyFilters({
  params,
  range,
  t,
  te,
}: {
  params: SurveyListParams;
  range: { from: string; to: string };
  t: T;
  te: T;
}) {
  const small = `${inputClass} w-auto`;
  const select = (
    name: "status" | "trigger" | "channel",
    values: readonly string[],
    label: string,
    enumName: string,
  ) => (
    <div className="space-y-1 text-xs text-slate-600">
      <label htmlFor={`sf-${name}`} className="block">
        {label}
      </label>
      <select id={`sf-${name}`} name={name} defaultValue={params[name] ?? ""} className={small}>
        <option value="">{t("filters.all")}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {te(`${enumName}.${v}`)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/surveys"
      className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="survey-filters"
    >
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="sf-from" className="block">
          {t("stats.from")}
        </label>
        <input type="month" id="sf-from" name="from" defaultValue={range.from} className={small} />
      </div>
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="sf-to" className="block">
          {t("stats.to")}
        </label>
        <input type="month" id="sf-to" name="to" defaultValue={range.to} className={small} />
      </div>
      {select("status", SURVEY_STATUSES, t("filters.status"), "SurveyStatus")}
      {select("trigger", SURVEY_TRIGGERS, t("filters.trigger"), "SurveyTrigger")}
      {select("channel", CHANNELS, t("filters.channel"), "Channel")}
      <div className="space-y-1 text-xs text-slate-600">
        <label htmlFor="sf-sort" className="block">
          {t("sort.label")}
        </label>
        <select id="sf-sort" name="sort" defaultValue={params.sort ?? "dueAt"} className={small}>
          {SURVEY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("filters.apply")}
      </button>
      <Link href="/surveys" className="px-1 py-1.5 text-sm text-brand-700 hover:underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
