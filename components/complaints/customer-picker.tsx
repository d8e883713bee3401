import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { CustomerSearchHit } from "@/lib/data/customers/search";

/** Finds the complaining customer (a GET search inside the actor's scope) and links to the form for them. */
export async function CustomerPicker({
  q,
  hits,
  notice,
}: {
  q: string;
  hits: CustomerSearchHit[] | null;
  /** Said instead of results (the search was refused for now). */
  notice?: string;
}) {
  const t = await getTranslations("complaints.form");
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <form method="get" action="/complaints/new" className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 space-y-1">
          <span className="block text-xs font-medium text-slate-700">{t("customerSearch")}</span>
          <input
            name="q"
            defaultValue={q}
            className={inputClass}
            placeholder={t("customerSearchHint")}
            data-testid="customer-q"
          />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </form>
      {notice && (
        <p role="status" className="text-amber-800">
          {notice}
        </p>
      )}
      {hits !== null &&
        (hits.length === 0 ? (
          <p className="text-slate-500">{t("noResults")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="customer-hits">
            {hits.map((h) => (
              <li key={h.id} className="flex items-center justify-between gap-3 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{h.name}</span>{" "}
                  <span className="font-mono text-xs text-slate-500">{h.customerNo}</span>
                  {h.mobile && <span className="ml-2 text-xs text-slate-500">{h.mobile}</span>}
                </span>
                <Link href={`/complaints/new?customerId=${h.id}`} className={buttonClass("secondary", "sm")}>
                  {t("choose")}
                </Link>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
