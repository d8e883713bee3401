import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DownloadButton } from "@/components/ui/download-button";
import { EXPORT_CAP } from "@/lib/validation/customer-filters";

/** Form buttons (POST): the browser downloads the file the export route streams. Shown only to roles that may export. */
export async function ExportButtons({ params }: { params: URLSearchParams }) {
  const t = await getTranslations("customers.export");
  const href = (format: "csv" | "xlsx") => {
    const p = new URLSearchParams(params);
    p.set("format", format);
    return `/customers/export?${p.toString()}`;
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        <DownloadButton action={href("csv")} testId="export-csv">
          <Download className="size-4" aria-hidden />
          {t("csv")}
        </DownloadButton>
        <DownloadButton action={href("xlsx")} testId="export-xlsx">
          <Download className="size-4" aria-hidden />
          {t("xlsx")}
        </DownloadButton>
      </div>
      <p className="text-right text-xs text-slate-500">{t("cap", { cap: EXPORT_CAP.toLocaleString() })}</p>
    </div>
  );
}
