// The HTTP side of a list export: the file (CSV or Excel) with its download headers, and the plain
// localized refusal. Routes keep their own parsing, permission and rows.
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { shanghaiDate } from "@/lib/domain/dates";
import { csvStream, xlsxStream, type Cell } from "./tabular";

export type ExportFormat = "csv" | "xlsx";

/** A refusal the user reads in the browser tab (never cached). */
export function exportRefusal(message: string, status: number): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** The answer to an export request that did not come from our own pages (see lib/auth/same-origin.ts). */
export async function crossSiteRefusal(): Promise<NextResponse> {
  return exportRefusal((await getTranslations("errors"))("crossSite"), 403);
}

export type ExportFile = {
  format: ExportFormat;
  /** ASCII fallback name (e.g. "customers") and the localized name before the date. */
  asciiName: string;
  localName: string;
  sheet: string;
  columns: { label: string; width: number }[];
  rows: AsyncIterable<Cell[][]>;
  count: number;
  truncated: boolean;
};

export function exportResponse(f: ExportFile): NextResponse {
  const header = f.columns.map((c) => c.label);
  const body =
    f.format === "csv"
      ? csvStream(header, f.rows)
      : xlsxStream(
          f.sheet,
          header,
          f.rows,
          f.columns.map((c) => c.width),
        );
  const filename = `${f.localName}-${shanghaiDate().replaceAll("-", "")}.${f.format}`;
  return new NextResponse(body, {
    headers: {
      "Content-Type":
        f.format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${f.asciiName}.${f.format}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
      "X-Export-Rows": String(f.count),
      ...(f.truncated && { "X-Export-Truncated": "true" }),
    },
  });
}
