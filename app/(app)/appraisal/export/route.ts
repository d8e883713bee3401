import { getLocale, getTranslations } from "next-intl/server";
import { ForbiddenError } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import { appraisal } from "@/lib/data/kpi/appraisal";
import { shanghaiDate } from "@/lib/domain/dates";
import { appraisalWorkbook } from "@/lib/export/appraisal-xlsx";
import { parseCockpitParams } from "@/lib/validation/kpi";
import { appraisalHead, formulaText } from "@/components/appraisal/labels";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("unauthorized", { status: 401 });
  if (!can(actor.role, "appraisal.read")) return new Response("forbidden", { status: 403 });
  const url = new URL(request.url);
  const { params, period, valid } = parseCockpitParams(Object.fromEntries(url.searchParams), shanghaiDate());
  if (!valid || !period) return new Response("bad request", { status: 400 });
  const [t, locale] = await Promise.all([getTranslations("appraisal"), getLocale()]);
  let rows;
  try {
    rows = await appraisal(actor, period, { orgUnitId: params.org, locale });
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
  await writeAudit(db, {
    actorId: actor.id,
    action: "appraisal.export",
    entityType: "Appraisal",
    entityId: period.key,
    data: { period: period.key, orgUnitId: params.org ?? actor.orgUnitId, rows: rows.length },
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="appraisal-${period.key}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
