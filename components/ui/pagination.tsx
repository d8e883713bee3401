import Link from "next/link";

/**
 * Server-rendered pager: links keep every other query parameter, so filters survive paging.
 * `labels` come from the caller's translations.
 */
export function Pagination({
  page,
  pageSize,
  total,
  params,
  labels,
}: {
  page: number;
  pageSize: number;
  total: number;
  params: URLSearchParams;
  labels: { previous: string; next: string; summary: string };
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    if (p <= 1) next.delete("page");
    else next.set("page", String(p));
    const qs = next.toString();
    return qs ? `?${qs}` : "?";
  };
  const linkClass = "rounded-md border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50";
  const disabledClass = "rounded-md border border-slate-200 px-2.5 py-1 text-slate-300";
  return (
    <nav aria-label="pagination" className="flex items-center justify-between gap-3 py-3 text-xs text-slate-600">
      <span>{labels.summary}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} rel="prev" className={linkClass}>
            {labels.previous}
          </Link>
        ) : (
          <span className={disabledClass}>{labels.previous}</span>
        )}
        {page < pages ? (
          <Link href={href(page + 1)} rel="next" className={linkClass}>
            {labels.next}
          </Link>
        ) : (
          <span className={disabledClass}>{labels.next}</span>
        )}
      </span>
    </nav>
  );
}
