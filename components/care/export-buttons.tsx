import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** Plain download links to the export route; shown only to roles with customer.export. */
export async function CareExportButtons({ params }: { params: URLSearchParams }) {
  const t = await getTranslations("care.export");
  const href = (format: "csv" | "xlsx") => {
    const p = new URLSearchParams(params);
    p.set("format", format);
    return `/care/export?${p.toString()}`;
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        <a href={href("csv")} download className={buttonClass("secondary")} data-testid="care-export-csv">
          <Download className="size-4" aria-hidden />
          {t("csv")}
        </a>
        <a href={href("xlsx")} download className={buttonClass("secondary")} data-testid="care-export-xlsx">
          <Download className="size-4" aria-hidden />
          {t("xlsx")}
        </a>
      </div>
      <p className="text-right text-xs text-slate-500">{t("hint")}</p>
    </div>
  );
}
