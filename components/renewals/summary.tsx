// The outcome breakdown of the current filter: counts that filter the list when clicked.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Outcomes = { WILL_RENEW: number; WONT_RENEW: number; CONSIDERING: number; none: number };

export async function RenewalSummary({
  outcomes,
  renewed,
  params,
}: {
  outcomes: Outcomes;
  renewed: number;
  params: URLSearchParams;
}) {
  const [t, te] = await Promise.all([getTranslations("renewals"), getTranslations("enums")]);
  const href = (key: "outcome" | "renewed", value: string) => {
    const next = new URLSearchParams(params);
    next.delete("outcome");
    next.delete("renewed");
    next.delete("page");
    next.set(key, value);
    return `?${next.toString()}`;
  };
  const tiles: { key: string; label: string; value: number; href: string; tone: string }[] = [
    {
      key: "none",
      label: t("outcome.none"),
      value: outcomes.none,
      href: href("outcome", "none"),
      tone: outcomes.none ? "text-amber-600" : "text-slate-900",
    },
    {
      key: "CONSIDERING",
      label: te("RenewalOutcome.CONSIDERING"),
      value: outcomes.CONSIDERING,
      href: href("outcome", "CONSIDERING"),
      tone: "text-slate-900",
    },
    {
      key: "WILL_RENEW",
      label: te("RenewalOutcome.WILL_RENEW"),
      value: outcomes.WILL_RENEW,
      href: href("outcome", "WILL_RENEW"),
      tone: "text-emerald-700",
    },
    {
      key: "WONT_RENEW",
      label: te("RenewalOutcome.WONT_RENEW"),
      value: outcomes.WONT_RENEW,
      href: href("outcome", "WONT_RENEW"),
      tone: "text-red-600",
    },
    {
      key: "renewed",
      label: t("renewedCount"),
      value: renewed,
      href: href("renewed", "yes"),
      tone: "text-emerald-700",
    },
  ];
  return (
    <div className="grid grid-cols-3 gap-2 sm:grid-cols-5" data-testid="renewal-summary">
      {tiles.map((x) => (
        <Link
          key={x.key}
          href={x.href}
          data-testid={`summary-${x.key}`}
          className="rounded-lg border border-slate-200 bg-white px-3 py-2 hover:border-brand-500"
        >
          <div className="text-xs text-slate-500">{x.label}</div>
          <div className={`text-xl font-semibold tabular-nums ${x.tone}`}>{x.value}</div>
        </Link>
      ))}
    </div>
  );
}
