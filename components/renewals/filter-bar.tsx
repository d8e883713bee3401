// GET form over the renewal list's URL filters (works without JavaScript).
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/ui/field";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { Channel, ProductLine, VipTier } from "@/lib/generated/prisma/enums";
import { RENEWAL_WINDOWS, type RenewalFilters } from "@/lib/validation/renewal";

type Option = [string, string];

export async function RenewalFilterBar({
  values,
  orgUnits,
}: {
  values: RenewalFilters;
  orgUnits: { id: string; name: string }[];
}) {
  const [t, te] = await Promise.all([getTranslations("renewals"), getTranslations("enums")]);
  const cls = `${inputClass} w-full sm:w-auto`;
  const select = (
    name: "within" | "channel" | "productLine" | "vipTier" | "orgUnit" | "outcome" | "renewed",
    options: Option[],
    any = t("any"),
  ) => (
    <label className="space-y-1 text-xs text-slate-600">
      <span className="block">{t(`filter.${name}`)}</span>
      <select name={name} defaultValue={values[name] ?? ""} className={cls}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (name: "on" | "from" | "to") => (
    <label className="space-y-1 text-xs text-slate-600">
      <span className="block">{t(`filter.${name}`)}</span>
      <input type="date" name={name} defaultValue={values[name] ?? ""} className={cls} />
    </label>
  );
  const more = Boolean(
    values.on || values.from || values.to || values.productLine || values.vipTier || values.orgUnit || values.renewed,
  );
  return (
    <form method="get" className="space-y-2" data-testid="renewal-filters">
      <div className="grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap">
        {select(
          "within",
          RENEWAL_WINDOWS.map((w) => [w, t("withinDays", { days: w })]),
          t("withinDays", { days: 30 }),
        )}
        {select("outcome", [
          ["none", t("outcome.none")],
          ...(["WILL_RENEW", "CONSIDERING", "WONT_RENEW"] as const).map((o): Option => [o, te(`RenewalOutcome.${o}`)]),
        ])}
        {select(
          "channel",
          Object.values(Channel).map((c) => [c, te(`Channel.${c}`)]),
        )}
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          <ButtonLink href="/renewals" variant="ghost">
            {t("reset")}
          </ButtonLink>
        </div>
      </div>
      <details open={more} className="group">
        <summary className="cursor-pointer text-xs text-sky-700 select-none">{t("moreFilters")}</summary>
        <div className="mt-2 grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap">
          {date("on")}
          {date("from")}
          {date("to")}
          {select(
            "productLine",
            Object.values(ProductLine).map((c) => [c, te(`ProductLine.${c}`)]),
          )}
          {select(
            "vipTier",
            Object.values(VipTier).map((c) => [c, te(`VipTier.${c}`)]),
          )}
          {orgUnits.length > 0 &&
            select(
              "orgUnit",
              orgUnits.map((o) => [o.id, o.name]),
            )}
          {select("renewed", [
            ["yes", t("yes")],
            ["no", t("no")],
          ])}
        </div>
      </details>
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
    </form>
  );
}
