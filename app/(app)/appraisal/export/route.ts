import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { sameOriginRequest } from "@/lib/auth/same-origin";
import { getActor } from "@/lib/auth/session";
import { exportAppraisal } from "@/lib/data/kpi/appraisal-export";
import { shanghaiDate } from "@/lib/domain/dates";
import { appraisalWorkbook } from "@/lib/export/appraisal-xlsx";
import { crossSiteRefusal } from "@/lib/export/response";
import { parseCockpitParams } from "@/lib/validation/kpi";
import { appraisalHead, formulaText } from "@/components/appraisal/labels";

/** POST /appraisal/export?<period>&org=: the appraisal as .xlsx, audited; POST from our own pages only. */
export async function POST(request: Request): Promise<Response> {
  if (!sameOriginRequest(request)) return crossSiteRefusal();
  const actor = await getActor();
  if (!actor) return new Response("unauthorized", { status: 401 });
  if (!can(actor.role, "appraisal.read")) return new Response("forbidden", { status: 403 });
  const url = new URL(request.url);
  const { params, period, valid } = parseCockpitParams(Object.fromEntries(url.searchParams), shanghaiDate());
  if (!valid || !period) return new Response("bad request", { status: 400 });
  const [t, locale] = await Promise.all([getTranslations("appraisal"), getLocale()]);
  let rows;
  try {
    rows = await exportAppraisal(actor, period, { orgUnitId: params.org, locale });
  } catch (e) {
    if (e instanceof ForbiddenError) return new Response("forbidden", { status: 403 });
    throw e;
  }
  const body = await appraisalWorkbook(rows, {
    sheet: t("title"),
    head: appraisalHead(t),
    formula: formulaText(t),
    period: `${t("period")}: ${period.key}`,
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="appraisal-${period.key}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
