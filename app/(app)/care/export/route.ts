import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/actor";
import { sameOriginRequest } from "@/lib/auth/same-origin";
import { getActor } from "@/lib/auth/session";
import { prepareCareExport, type CareRow } from "@/lib/data/care/lists";
import { crossSiteRefusal, exportRefusal, exportResponse } from "@/lib/export/response";
import type { Cell } from "@/lib/export/tabular";
import { parseCareFilters } from "@/lib/validation/care-filters";

// POST /care/export?format=csv|xlsx&<the care list's filters>: the list as a file, masked as on
// screen, audited (care.export) before the first byte. Only roles with customer.export; POST from our
// own pages only (the list's export form).

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

export async function POST(request: NextRequest) {
  if (!sameOriginRequest(request)) return crossSiteRefusal();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const text = exportRefusal;

  const actor = await getActor();
  if (!actor) return text(t("errors.forbidden"), 401);
  const search = new URLSearchParams(request.nextUrl.searchParams);
  const format = formatSchema.safeParse(search.get("format"));
  search.delete("format");
  const filters = parseCareFilters(search);
  if (!format.success || !filters.success) {
    const bad = [
      ...(format.success ? [] : ["format"]),
      ...(filters.success ? [] : filters.error.issues.map((i) => i.path.join("."))),
    ];
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
  return exportResponse({
    format: format.data,
    asciiName: "care",
    localName: t("care.export.file"),
    sheet: t("care.export.sheet"),
    columns: COLUMNS.map(([key, width]) => ({ label: t(`care.columns.${key}`), width })),
    rows: cells(),
    count: prepared.rows.length,
    truncated: prepared.truncated,
  });
}
