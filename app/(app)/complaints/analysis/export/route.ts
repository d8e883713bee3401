import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { sameOriginRequest } from "@/lib/auth/same-origin";
import { getActor } from "@/lib/auth/session";
import { exportComplaintAnalysis } from "@/lib/data/complaints/analysis-export";
import { shanghaiDate } from "@/lib/domain/dates";
import { analysisWorkbook } from "@/lib/export/analysis-xlsx";
import { crossSiteRefusal } from "@/lib/export/response";
import { parseAnalysisParams } from "@/lib/validation/analysis";
import { workbookLabels } from "@/components/analysis/workbook-labels";

/**
 * POST /complaints/analysis/export?month=&org=: the month's analysis as .xlsx; every export is audited
 * (who, which month and unit). A write, so POST from our own pages only (the page's form).
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOriginRequest(request)) return crossSiteRefusal();
  const actor = await getActor();
  if (!actor) return new Response("unauthorized", { status: 401 });
  if (!can(actor.role, "complaint.analyse")) return new Response("forbidden", { status: 403 });
  const url = new URL(request.url);
  const { params, valid } = parseAnalysisParams(Object.fromEntries(url.searchParams), shanghaiDate());
  if (!valid) return new Response("bad request", { status: 400 });
  const [t, te, locale] = await Promise.all([getTranslations("analysis"), getTranslations("enums"), getLocale()]);
  let data;
  try {
    data = await exportComplaintAnalysis(actor, { month: params.month, orgUnitId: params.org }, locale);
  } catch (e) {
    if (e instanceof ForbiddenError) return new Response("forbidden", { status: 403 });
    throw e;
  }
  const title = `${t("title")} · ${data.orgUnitName} · ${data.month}`;
  const body = await analysisWorkbook(data, workbookLabels(t, te, title));
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="complaint-analysis-${data.month}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
