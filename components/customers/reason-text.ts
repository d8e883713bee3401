// Turns a classification reason (message key + parameters, lib/domain/classification-reasons) into
// text: amounts as ¥ with 万, message-key parameters translated, lists joined the locale's way.
import type { Reason, ReasonParam } from "@/lib/domain/classification-reasons";
import { formatYuan } from "@/lib/domain/money";

/** The subset of a next-intl translator this needs (works with getTranslations and createTranslator). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function paramText(param: ReasonParam, t: Translate, locale: string): string | number {
  if (typeof param === "string" || typeof param === "number") return param;
  if ("money" in param) return formatYuan(param.money, locale);
  if ("label" in param) return t(param.label);
  const items = param.labels.map((key) => t(key));
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

export function reasonText(reason: Reason, t: Translate, locale: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(reason.params ?? {})) values[name] = paramText(param, t, locale);
  return t(reason.key, values);
}
