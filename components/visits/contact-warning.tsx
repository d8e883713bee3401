"use client";
// The contact-frequency guard on the log form: shown before saving when one more contact would exceed
// the limit; the agent confirms to log anyway (the server checks again).
import { useTranslations } from "next-intl";

export type GuardView = { count: number; limit: number; warn: boolean; byPerson: { name: string; count: number }[] };

export function ContactWarning({
  guard,
  refusal,
  confirmed = false,
}: {
  guard: GuardView;
  /** Why the last submit was not saved (the confirmation was missing). */
  refusal?: string;
  /** The confirmation as last submitted. */
  confirmed?: boolean;
}) {
  const t = useTranslations("visits");
  if (!guard.warn) {
    return (
      <p className="text-xs text-slate-500" data-testid="contact-count">
        {t("guard.ok", { count: guard.count, limit: guard.limit })}
      </p>
    );
  }
  return (
    <div
      role="alert"
      className="space-y-1.5 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="contact-warning"
    >
      <p className="font-medium">{t("guard.title", { count: guard.count, limit: guard.limit })}</p>
      <ul className="text-xs">
        {guard.byPerson.map((p, i) => (
          <li key={`${p.name}-${i}`}>{t("guard.person", { name: p.name, count: p.count })}</li>
        ))}
      </ul>
      {refusal && (
        <p className="text-xs font-semibold text-red-700" data-testid="confirm-required">
          {refusal}
        </p>
      )}
      <label className="flex items-center gap-2 text-xs font-medium">
        <input
          type="checkbox"
          name="confirmContacts"
          defaultChecked={confirmed}
          className="h-4 w-4"
          data-testid="confirm-contacts"
        />
        {t("guard.confirm")}
      </label>
    </div>
  );
}
