import type { NextRequest } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/actor";
import { sameOriginRequest } from "@/lib/auth/same-origin";
import { getActor } from "@/lib/auth/session";
import { prepareCustomerExport, type CustomerExport } from "@/lib/data/customers/export";
import type { CustomerRow } from "@/lib/data/customers/list";
import { RateLimitedError } from "@/lib/domain/search-limits";
import { crossSiteRefusal, exportRefusal, exportResponse } from "@/lib/export/response";
import type { Cell } from "@/lib/export/tabular";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";

// POST /customers/export?format=csv|xlsx&<the list's filters>: the filtered list as a file, masked
// as on screen, audited (customer.export) before the first byte. A write, so POST from our own pages
// only (the list's export form), never a GET another site could trigger.

const formatSchema = z.enum(["csv", "xlsx"]);

const COLUMNS = [
  ["customerNo", 16],
  ["name", 12],
  ["kind", 10],
  ["mobile", 14],
  ["idNumber", 21],
  ["vipTier", 9],
  ["premium", 12],
  ["insured", 8],
  ["activity", 9],
  ["lifecycle", 10],
  ["channel", 8],
  ["orphan", 8],
  ["contactable", 8],
  ["agent", 10],
  ["orgUnit", 16],
  ["tags", 24],
  ["lastPurchase", 12],
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
  const filters = parseCustomerFilters(search);
  if (!format.success || !filters.success) {
    const bad = [
      ...(format.success ? [] : ["format"]),
      ...(filters.success ? [] : filters.error.issues.map((i) => i.path.join("."))),
    ];
    return text(t("customers.export.invalid", { params: bad.join(", ") }), 400);
  }

  let prepared: CustomerExport;
  try {
    prepared = await prepareCustomerExport(actor, filters.data, format.data);
  } catch (error) {
    if (error instanceof ForbiddenError) return text(t("customers.export.forbidden"), 403);
    // The free-text filter counts as a search (lib/data/customers/search-guard.ts).
    if (error instanceof RateLimitedError) return text(t("search.slowDown", { seconds: error.retryAfterSeconds }), 429);
    throw error;
  }

  const en = locale === "en";
  const yesNo = (v: boolean) => t(v ? "customers.export.yes" : "customers.export.no");
  const toCells = (r: CustomerRow): Cell[] => [
    r.customerNo,
    r.name,
    t(`enums.CustomerKind.${r.kind}`),
    r.mobile,
    r.idNumber,
    t(`enums.VipTier.${r.vipTier}`),
    r.annualPremium,
    yesNo(r.isInsured),
    r.activity ? t(`enums.ActivityStatus.${r.activity}`) : null,
    t(`enums.LifecycleStage.${r.lifecycleStage}`),
    r.channel ? t(`enums.Channel.${r.channel}`) : null,
    yesNo(r.isOrphan),
    yesNo(r.contactable),
    r.agent?.name ?? null,
    en ? r.orgUnit.nameEn : r.orgUnit.name,
    r.tags.map((tag) => (en && tag.nameEn ? tag.nameEn : tag.name)).join(", "),
    r.lastPurchaseAt,
  ];
  async function* cells() {
    for await (const batch of prepared.batches()) yield batch.map(toCells);
  }
  return exportResponse({
    format: format.data,
    asciiName: "customers",
    localName: t("customers.export.file"),
    sheet: t("customers.export.sheet"),
    columns: COLUMNS.map(([key, width]) => ({ label: t(`customers.columns.${key}`), width })),
    rows: cells(),
    count: prepared.count,
    truncated: prepared.truncated,
  });
}
