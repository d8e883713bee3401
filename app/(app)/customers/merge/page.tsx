import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MergeConfirmForm } from "@/components/customers/merge/confirm-form";
import { DuplicatePairs } from "@/components/customers/merge/duplicate-pairs";
import { MemberCard } from "@/components/customers/merge/member-card";
import { MergeEffects } from "@/components/customers/merge/merge-preview";
import { TargetPicker } from "@/components/customers/merge/target-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { duplicatePairs } from "@/lib/data/customers/duplicates";
import { mergeMember, mergePreview, mergeSuggestions, searchMergeTargets } from "@/lib/data/customers/merge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerMerge"))("title") };
}

type Search = {
  source?: string | string[];
  target?: string | string[];
  q?: string | string[];
  page?: string | string[];
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function MergePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor.role, "customer.merge")) return <EmptyState title={t("errors.forbidden")} />;
  const params = await searchParams;
  const [sourceId, targetId, q] = [one(params.source), one(params.target), one(params.q)];
  const header = <PageHeader title={t("customerMerge.title")} description={t("customerMerge.description")} />;

  if (!sourceId) {
    const page = Math.min(50, Math.max(1, Number.parseInt(one(params.page), 10) || 1));
    const { pairs, hasMore } = await duplicatePairs(actor, page);
    return (
      <div className="space-y-3">
        {header}
        <h2 className="text-sm font-semibold">{t("customerMerge.pairsTitle")}</h2>
        <p className="text-xs text-slate-500">{t("customerMerge.pairsDescription")}</p>
        <DuplicatePairs pairs={pairs} page={page} hasMore={hasMore} />
      </div>
    );
  }

  if (!targetId) {
    const [source, suggestions, results] = await Promise.all([
      mergeMember(actor, sourceId),
      mergeSuggestions(actor, sourceId),
      q ? searchMergeTargets(actor, q, sourceId) : Promise.resolve(null),
    ]);
    if (!source)
      return (
        <>
          {header}
          <EmptyState title={t("customerMerge.errors.notFound")} />
        </>
      );
    return (
      <div className="space-y-4">
        {header}
        <MemberCard member={source} role="source" />
        <TargetPicker sourceId={sourceId} q={q} suggestions={suggestions} results={results} />
      </div>
    );
  }

  const preview = await mergePreview(actor, sourceId, targetId);
  if (!preview)
    return (
      <>
        {header}
        <EmptyState title={t("customerMerge.errors.notFound")} />
      </>
    );
  const here = `/customers/merge?source=${sourceId}&target=${targetId}`;
  return (
    <div className="space-y-4">
      {header}
      <div className="grid items-stretch gap-3 md:grid-cols-[1fr_auto_1fr]">
        <MemberCard member={preview.source} role="source" />
        <span aria-hidden className="self-center text-center text-2xl text-slate-400 max-md:rotate-90">
          →
        </span>
        <MemberCard member={preview.target} role="target" />
      </div>
      {preview.problem ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-700">
          {t(`customerMerge.errors.${preview.problem}`)}
        </p>
      ) : (
        <>
          <MergeEffects source={preview.source} fills={preview.fills} />
          <MergeConfirmForm
            sourceId={sourceId}
            targetId={targetId}
            sourceVersion={preview.source.version}
            targetVersion={preview.target.version}
            swapHref={`/customers/merge?source=${targetId}&target=${sourceId}`}
            cancelHref="/customers/merge"
            reloadHref={here}
          />
        </>
      )}
    </div>
  );
}
