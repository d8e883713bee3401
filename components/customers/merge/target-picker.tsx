import { getTranslations } from "next-intl/server";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { MergeMember } from "@/lib/data/customers/merge";

/** Choosing the surviving record: same-identifier suggestions, then a search by number or name. */
export async function TargetPicker({
  sourceId,
  q,
  suggestions,
  results,
}: {
  sourceId: string;
  q: string;
  suggestions: MergeMember[];
  results: MergeMember[] | null;
}) {
  const t = await getTranslations("customerMerge");
  const list = (members: MergeMember[], testId: string) => (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      {members.map((m) => (
        <li key={m.id} className="flex items-center gap-3 px-3 py-2">
          <span className="min-w-0 flex-1">
            <span className="font-medium">{m.name}</span>{" "}
            <span className="font-mono text-xs text-slate-500">{m.customerNo}</span>
            <span className="block truncate text-xs text-slate-500">
              {[m.idNumber, m.mobile, m.orgUnit.name, m.agentName ?? t("orphan")].filter(Boolean).join(" · ")}
            </span>
          </span>
          <ButtonLink href={`/customers/merge?source=${sourceId}&target=${m.id}`} size="sm">
            {t("choose")}
          </ButtonLink>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="space-y-3">
      <h2 className="text-sm font-semibold">{t("chooseTarget")}</h2>
      {suggestions.length > 0 && (
        <div className="space-y-1">
          <p className="text-xs text-slate-500">{t("suggested")}</p>
          {list(suggestions, "merge-suggestions")}
        </div>
      )}
      <form method="get" action="/customers/merge" className="flex gap-2" role="search">
        <input type="hidden" name="source" value={sourceId} />
        <label htmlFor="merge-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="merge-q"
          name="q"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          className={`${inputClass} max-w-sm`}
        />
        <button type="submit" className={buttonClass("secondary")}>
          {t("search")}
        </button>
      </form>
      {results &&
        (results.length === 0 ? <p className="text-slate-500">{t("noResults")}</p> : list(results, "merge-results"))}
    </section>
  );
}
