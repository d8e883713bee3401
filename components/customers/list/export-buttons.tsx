import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EXPORT_CAP } from "@/lib/validation/customer-filters";

/** Plain links: the browser downloads the file the export route streams. Shown only to roles that may export. */
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
        <a href={href("csv")} download className={buttonClass("secondary")} data-testid="export-csv">
          <Download className="size-4" aria-hidden />
          {t("csv")}
        </a>
        <a href={href("xlsx")} download className={buttonClass("secondary")} data-testid="export-xlsx">
          <Download className="size-4" aria-hidden />
          {t("xlsx")}
        </a>
      </div>
      <p className="text-right text-xs text-slate-500">{t("cap", { cap: EXPORT_CAP.toLocaleString() })}</p>
    </div>
  );
}
