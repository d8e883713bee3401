import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Customer360 } from "@/lib/data/customers/360";
import { reasonText } from "../reason-text";
import { Section } from "./section";

/** Every §3.1–§3.11 classification with its value and the reasons it applies. */
export async function ClassificationPanel({ data }: { data: Customer360 }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const translate = (key: string, values?: Record<string, string | number>) => t(key, values);
  return (
    <Section id="classification" title={t("classification.title")} flush>
      <ul className="divide-y divide-slate-100" data-testid="classification-panel">
        {data.classification.map((c) => (
          <li key={c.dimension} className="px-4 py-2.5" data-testid={`classification-${c.dimension}`}>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="text-xs text-slate-500">
                <span className="tabular-nums">§{c.section}</span> {t(`classification.dimensions.${c.dimension}`)}
              </span>
              {c.values.length > 0 ? (
                c.values.map((v) => (
                  <Badge key={v} tone="brand">
                    {t(v)}
                  </Badge>
                ))
              ) : (
                <span className="text-xs text-slate-400">{t("classification.notApplicable")}</span>
              )}
            </div>
            <ul className="mt-1 space-y-0.5 text-slate-700">
              {c.reasons.map((r, i) => (
                <li key={i}>{reasonText(r, translate, locale)}</li>
              ))}
            </ul>
            {c.recomputed && (
              <p className="mt-1 text-xs text-amber-700">
                {t("classification.recomputed", {
                  value:
                    c.recomputed.length > 0
                      ? c.recomputed.map((v) => t(v)).join(" · ")
                      : t("classification.notApplicable"),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
