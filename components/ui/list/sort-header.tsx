// A sortable column header: a link that sorts by this column, or flips the direction when it
// already does; the URL keeps every filter and starts again at page 1.
import Link from "next/link";
import type { Direction } from "@/lib/validation/url-params";

export type SortState<K extends string> = {
  key: K;
  dir: Direction;
  /** The list's default sort and each key's first direction (defaults stay out of the URL). */
  fallback: K;
  firstDirection: Record<K, Direction>;
};

export function sortHref<K extends string>(path: string, params: URLSearchParams, sort: SortState<K>, key: K): string {
  const next = new URLSearchParams(params);
  next.delete("page");
  next.delete("sort");
  next.delete("dir");
  const dir = sort.key === key ? (sort.dir === "asc" ? "desc" : "asc") : sort.firstDirection[key];
  if (key !== sort.fallback) next.set("sort", key);
  if (dir !== sort.firstDirection[key]) next.set("dir", dir);
  const qs = next.toString();
  return qs ? `${path}?${qs}` : path;
}

export function SortHeader<K extends string>({
  path,
  params,
  sort,
  sortKey,
  className = "",
  children,
}: {
  path: string;
  params: URLSearchParams;
  sort: SortState<K>;
  sortKey: K;
  className?: string;
  children: React.ReactNode;
}) {
  const active = sort.key === sortKey;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-2 font-medium ${className}`}
    >
      <Link
        href={sortHref(path, params, sort, sortKey)}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {children}
        <span aria-hidden className={active ? "text-slate-700" : "text-slate-300"}>
          {active ? (sort.dir === "asc" ? "↑" : "↓") : "↕"}
        </span>
      </Link>
    </th>
  );
}
