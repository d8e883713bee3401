import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClaimFilterForm } from "@/components/claims/filter-form";
import { ClaimTable } from "@/components/claims/claim-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { claimHandlerOptions, listClaims } from "@/lib/data/claims/read";
import {
  activeClaimFilterCount,
  claimFiltersToParams,
  readClaimFilters,
  type RawParams,
} from "@/lib/validation/claim-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("claims");
  return { title: t("title") };
}

export default async function ClaimsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor.role, "claim.read")) return <EmptyState title={t("errors.forbidden")} />;

  const raw = await searchParams;
  // The queue opens on the claims still being worked on.
  if (Object.keys(raw).length === 0) redirect("/claims?state=open");
  const { filters, invalid } = readClaimFilters(raw);
  const [result, handlers] = await Promise.all([listClaims(actor, filters), claimHandlerOptions(actor)]);
  const { rows, total, page, pageSize } = result;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const params = claimFiltersToParams(filters);

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("claims.title")}
        description={<span data-testid="claim-count">{t("claims.count", { count: total.toLocaleString() })}</span>}
      />
      {invalid.length > 0 && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("claims.filters.invalid", { params: invalid.join(", ") })}
        </p>
      )}
      <ClaimFilterForm filters={filters} handlers={handlers} showHandler={actor.role !== "AGENT"} />
      {rows.length === 0 ? (
        <EmptyState title={t("claims.empty.title")}>
          {t("claims.empty.hint")}{" "}
          {activeClaimFilterCount(filters) > 0 && (
            <Link href="/claims?state=all" className="text-brand-700 hover:underline">
              {t("claims.filters.all")}
            </Link>
          )}
        </EmptyState>
      ) : (
        <div>
          <ClaimTable rows={rows} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            params={params}
            labels={{
              previous: t("claims.pagination.previous"),
              next: t("claims.pagination.next"),
              summary: t("claims.pagination.summary", { page, pages }),
            }}
          />
        </div>
      )}
    </div>
  );
}
