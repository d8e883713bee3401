"use client";

import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { setLocaleAction } from "@/lib/actions/locale";
import { LOCALES } from "@/i18n/locales";

const LABELS: Record<(typeof LOCALES)[number], string> = { "zh-CN": "中文", en: "English" };

/** Works without JavaScript too: a plain form posting to the public locale action. */
export function LocaleForm({ current }: { current: string }) {
  const form = useActionForm(setLocaleAction);
  return (
    <form action={form.formAction} className="inline-flex rounded-md border border-slate-200 bg-white p-0.5 text-xs">
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
      <FormMessage state={form.state} className="self-center px-1" />
    </form>
  );
}
