import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CustomerFilterForm } from "@/components/customers/list/filter-form";
import { CustomerTable } from "@/components/customers/list/customer-table";
import { ExportButtons } from "@/components/customers/list/export-buttons";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { COUNT_CAP, customerFilterOptions, listCustomers } from "@/lib/data/customers/list";
import { classifySearchInput, planForViewer } from "@/lib/domain/customer-search";
import { RateLimitedError } from "@/lib/domain/search-limits";
import {
  activeFilterCount,
  canonicalFilters,
  filtersToSearchParams,
  readCustomerFilters,
  type RawParams,
} from "@/lib/validation/customer-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("customers");
  return { title: t("title") };
}

function sameParams(raw: RawParams, canonical: URLSearchParams): boolean {
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(raw))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) given.append(key, v);
  const norm = (p: URLSearchParams) =>
    [...p.entries()]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join("&");
  return norm(given) === norm(canonical);
}

export default async function CustomersPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  if (!can(actor.role, "customer.read")) return <EmptyState title={t("errors.forbidden")} />;

  const raw = await searchParams;
  const read = readCustomerFilters(raw);
  const filters = canonicalFilters(read.filters);
  const params = filtersToSearchParams(filters);
  // A submitted GET form sends every field, blanks included: land on the short, canonical URL.
  if (read.invalid.length === 0 && !sameParams(raw, params))
    redirect(params.size > 0 ? `/customers?${params}` : "/customers");

  const [listed, options] = await Promise.all([
    // The free text counts as a search: too many in a row and the list says to slow down.
    listCustomers(actor, filters).then(
      (page) => ({ page, slowDown: null }),
      (error: unknown) => {
        if (!(error instanceof RateLimitedError)) throw error;
        const page = { rows: [], total: 0, capped: false, page: filters.page ?? 1, pageSize: filters.size ?? 25 };
        return { page, slowDown: t("search.slowDown", { seconds: error.retryAfterSeconds }) };
      },
    ),
    customerFilterOptions(actor),
  ]);
  const { page: result, slowDown } = listed;
  const activeCount = activeFilterCount(filters);
  const { rows, page, pageSize, capped } = result;
  // A capped count does not know the last page: offer "next" while pages come back full.
  const total = capped
    ? Math.max(result.total, (page - 1) * pageSize + rows.length + (rows.length === pageSize ? 1 : 0))
    : result.total;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const typed = filters.q !== undefined ? classifySearchInput(filters.q) : null;
  const qTooShort = typed?.kind === "tooShort";
  // Fragments of masked identifiers are searched only by roles that may reveal them.
  const qWholeIdentifier =
    typed !== null && !qTooShort && planForViewer(typed, can(actor.role, "customer.reveal")).kind === "tooShort";
  const exportParams = filtersToSearchParams(filters, { paging: false });

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("customers.title")}
        description={
          <span
            data-testid="customer-count"
            title={capped ? t("customers.countCappedHint", { count: COUNT_CAP.toLocaleString() }) : undefined}
          >
            {capped
              ? t("customers.countCapped", { count: COUNT_CAP.toLocaleString() })
              : t("customers.count", { count: result.total.toLocaleString() })}
          </span>
        }
        actions={can(actor.role, "customer.export") ? <ExportButtons params={exportParams} /> : undefined}
      />
      {read.invalid.length > 0 && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("customers.filters.invalid", { params: read.invalid.join(", ") })}
        </p>
      )}
      {slowDown && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {slowDown}
        </p>
      )}
      {(qTooShort || qWholeIdentifier) && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t(qTooShort ? "customers.filters.qTooShort" : "customers.filters.qWholeIdentifier")}
        </p>
      )}
      <CustomerFilterForm
        filters={filters}
        options={options}
        showOrgFilters={actor.role !== "AGENT"}
        activeCount={activeCount}
      />
      {capped && (
        <p className="text-xs text-slate-500">
          {t("customers.countCappedHint", { count: COUNT_CAP.toLocaleString() })}
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title={t("customers.empty.title")}>
          {page > 1 ? (
            <Link
              href={`/customers?${filtersToSearchParams({ ...filters, page: undefined })}`}
              className="text-brand-700 hover:underline"
            >
              {t("customers.pagination.summary", { page: 1, pages })}
            </Link>
          ) : (
            <>
              {t("customers.empty.hint")}{" "}
              {activeCount > 0 && (
                <Link href="/customers" className="text-brand-700 hover:underline">
                  {t("customers.filters.clear")}
                </Link>
              )}
            </>
          )}
        </EmptyState>
      ) : (
        <div>
          <CustomerTable rows={rows} filters={filters} params={filtersToSearchParams(filters, { paging: false })} />
          <Pagination
            page={page}
            pageSize={pageSize}
            total={total}
            params={params}
            labels={{
              previous: t("customers.pagination.previous"),
              next: t("customers.pagination.next"),
              summary: capped
                ? t("customers.pagination.summaryCapped", { page })
                : t("customers.pagination.summary", { page, pages }),
            }}
          />
        </div>
      )}
    </div>
  );
}
