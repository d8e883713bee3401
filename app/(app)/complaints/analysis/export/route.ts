import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { complaintAnalysis } from "@/lib/data/complaints/analysis";
import { shanghaiDate } from "@/lib/domain/dates";
import { analysisWorkbook } from "@/lib/export/analysis-xlsx";
import { parseAnalysisParams } from "@/lib/validation/analysis";
import { workbookLabels } from "@/components/analysis/workbook-labels";

/** The month's analysis as .xlsx; every export is audited (who, which month and unit). */
export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("unauthorized", { status: 401 });
  if (!can(actor.role, "complaint.analyse")) return new Response("forbidden", { status: 403 });
  const url = new URL(request.url);
  const { params, valid } = parseAnalysisParams(Object.fromEntries(url.searchParams), shanghaiDate());
  if (!valid) return new Response("bad request", { status: 400 });
  const [t, te, locale] = await Promise.all([getTranslations("analysis"), getTranslations("enums"), getLocale()]);
  let data;
  try {
    data = await complaintAnalysis(actor, { month: params.month, orgUnitId: params.org }, { locale });
  } catch (e) {
    if (e instanceof ForbiddenError) return new Response("forbidden", { status: 403 });
    throw e;
  }
  const title = `${t("title")} · ${data.orgUnitName} · ${data.month}`;
  const body = await analysisWorkbook(data, workbookLabels(t, te, title));
  await writeAudit(db, {
    actorId: actor.id,
    action: "complaintAnalysis.export",
    entityType: "ComplaintAnalysis",
    entityId: `${data.orgUnitId}:${data.month}`,
    data: { month: data.month, orgUnitId: data.orgUnitId, complaints: data.total.complaints, format: "xlsx" },
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="complaint-analysis-${data.month}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
