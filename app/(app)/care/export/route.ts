import { NextResponse, type NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { prepareCareExport, type CareRow } from "@/lib/data/care";
import { shanghaiDate } from "@/lib/domain/dates";
import { csvStream, xlsxStream, type Cell } from "@/lib/export/tabular";
import { parseCareFilters } from "@/lib/validation/care-filters";

// GET /care/export?format=csv|xlsx&<the care list's filters>: the list as a file, masked as on
// screen, audited (care.export) before the first byte. Only roles with customer.export.

const formatSchema = z.enum(["csv", "xlsx"]);
const COLUMNS = [
  ["customer", 12],
  ["mobile", 14],
  ["day", 12],
  ["age", 6],
  ["vip", 9],
  ["club", 8],
  ["agent", 10],
  ["orgUnit", 16],
  ["method", 10],
] as const;

export async function GET(request: NextRequest) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const text = (message: string, status: number) =>
    new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

  const actor = await getActor();
  if (!actor) return text(t("errors.forbidden"), 401);
  const search = new URLSearchParams(request.nextUrl.searchParams);
  const format = formatSchema.safeParse(search.get("format"));
  search.delete("format");
  const filters = parseCareFilters(search);
  if (!format.success || !filters.success) {
    const bad = [...(format.success ? [] : ["format"]), ...(filters.success ? [] : filters.error.issues.map((i) => i.path.join(".")))];
    return text(t("care.export.invalid", { params: bad.join(", ") }), 400);
  }

  let prepared: Awaited<ReturnType<typeof prepareCareExport>>;
  try {
    prepared = await prepareCareExport(actor, filters.data, format.data);
  } catch (error) {
    if (error instanceof ForbiddenError) return text(t("care.export.forbidden"), 403);
    throw error;
  }

  const en = locale === "en";
  const toCells = (r: CareRow): Cell[] => [
    r.name,
    r.mobile,
    r.day,
    r.age,
    t(`enums.VipTier.${r.vipTier}`),
    t(r.isClubMember ? "care.export.yes" : "care.export.no"),
    r.agent?.name ?? null,
    en ? r.orgUnit.nameEn : r.orgUnit.name,
    t(`care.methods.${r.method}`),
  ];
  async function* cells() {
    yield prepared.rows.map(toCells);
  }
  const header = COLUMNS.map(([key]) => t(`care.columns.${key}`));
  const body =
    format.data === "csv"
      ? csvStream(header, cells())
      : xlsxStream(t("care.export.sheet"), header, cells(), COLUMNS.map(([, width]) => width));
  const filename = `${t("care.export.file")}-${shanghaiDate().replaceAll("-", "")}.${format.data}`;
  return new NextResponse(body, {
    headers: {
      "Content-Type": format.data === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="care.${format.data}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
      "X-Export-Rows": String(prepared.rows.length),
      ...(prepared.truncated && { "X-Export-Truncated": "true" }),
    },
  });
}
