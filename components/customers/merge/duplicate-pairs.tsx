import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { DuplicatePair } from "@/lib/data/customers/duplicates";

/** Suspected duplicate pairs in the lead's scope, each with a link to its merge preview. */
export async function DuplicatePairs({
  pairs,
  page,
  hasMore,
}: {
  pairs: DuplicatePair[];
  page: number;
  hasMore: boolean;
}) {
  const t = await getTranslations("customerMerge");
  if (pairs.length === 0 && page === 1) return <EmptyState title={t("noPairs")} />;
  const who = (m: DuplicatePair["source"]) => (
    <span className="min-w-0">
      <span className="font-medium">{m.name}</span>{" "}
      <span className="font-mono text-xs text-slate-500">{m.customerNo}</span>
      <span className="block text-xs text-slate-500">
        {m.orgUnitName} · {m.agentName ?? t("orphan")} · {m.isInsured ? t("insured") : t("prospect")}
      </span>
    </span>
  );
  const pager = (
    <nav aria-label="pagination" className="flex justify-end gap-2 py-2 text-xs">
      {page > 1 && (
        <ButtonLink href={`/customers/merge?page=${page - 1}`} size="sm" rel="prev">
          {t("previous")}
        </ButtonLink>
      )}
      {hasMore && (
        <ButtonLink href={`/customers/merge?page=${page + 1}`} size="sm" rel="next">
          {t("next")}
        </ButtonLink>
      )}
    </nav>
  );
  return (
    <div>
      <ul
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        data-testid="duplicate-pairs"
      >
        {pairs.map((p) => (
          <li
            key={`${p.source.id}-${p.target.id}`}
            className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center"
          >
            <div className="grid flex-1 gap-2 sm:grid-cols-[1fr_auto_1fr] sm:items-center">
              {who(p.source)}
              <span aria-hidden className="hidden text-slate-400 sm:block">
                →
              </span>
              {who(p.target)}
            </div>
            <span className="text-xs text-amber-700">{t(`matchedOn.${p.matchedOn}`)}</span>
            <ButtonLink href={`/customers/merge?source=${p.source.id}&target=${p.target.id}`} size="sm">
              {t("preview")}
            </ButtonLink>
          </li>
        ))}
      </ul>
      {(page > 1 || hasMore) && pager}
    </div>
  );
}
