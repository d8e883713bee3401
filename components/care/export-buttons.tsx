import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DownloadButton } from "@/components/ui/download-button";

/** Download buttons (form POST) to the export route; shown only to roles with customer.export. */
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
        <DownloadButton action={href("csv")} testId="care-export-csv">
          <Download className="size-4" aria-hidden />
          {t("csv")}
        </DownloadButton>
        <DownloadButton action={href("xlsx")} testId="care-export-xlsx">
          <Download className="size-4" aria-hidden />
          {t("xlsx")}
        </DownloadButton>
      </div>
      <p className="text-right text-xs text-slate-500">{t("hint")}</p>
    </div>
  );
}
