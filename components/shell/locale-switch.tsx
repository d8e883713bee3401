import { getLocale } from "next-intl/server";
import { setLocale } from "@/app/actions/locale";
import { LOCALES } from "@/i18n/locales";

const LABELS: Record<(typeof LOCALES)[number], string> = { "zh-CN": "中文", en: "English" };

/** Works without JavaScript: a plain form posting to a server action. */
export async function LocaleSwitch() {
  const current = await getLocale();
  return (
    <form action={setLocale} className="inline-flex rounded-md border border-slate-200 bg-white p-0.5 text-xs">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          aria-pressed={current === locale}
          lang={locale}
          className={`rounded px-2 py-1 ${current === locale ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"}`}
        >
          {LABELS[locale]}
        </button>
      ))}
    </form>
  );
}
