import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { searchCustomers } from "@/lib/data/customers/search";
import { can } from "@/lib/auth/permissions";
import { classifySearchInput, MAX_QUERY_LENGTH, planForViewer } from "@/lib/domain/customer-search";
import { RateLimitedError } from "@/lib/domain/search-limits";

// The header search box (components/search/global-search.tsx) calls this as the user types.

const searchQuery = z.object({
  q: z.string().trim().min(1).max(MAX_QUERY_LENGTH),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});

const noStore = { "Cache-Control": "no-store" };

export async function GET(request: NextRequest) {
  const t = await getTranslations();
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: t("errors.forbidden") }, { status: 401, headers: noStore });
  const parsed = searchQuery.safeParse({
    q: request.nextUrl.searchParams.get("q") ?? "",
    limit: request.nextUrl.searchParams.get("limit") ?? undefined,
  });
  if (!parsed.success) return NextResponse.json({ error: t("search.invalid") }, { status: 400, headers: noStore });
  try {
    const hits = await searchCustomers(actor, parsed.data.q, parsed.data.limit);
    // A fragment of a mobile or ID number, typed by a role that may not reveal them, finds nothing.
    const typed = classifySearchInput(parsed.data.q);
    const wholeIdentifierOnly =
      typed.kind !== "tooShort" && planForViewer(typed, can(actor.role, "customer.reveal")).kind === "tooShort";
    return NextResponse.json({ hits, wholeIdentifierOnly }, { headers: noStore });
  } catch (error) {
    if (error instanceof ForbiddenError)
      return NextResponse.json({ error: t("errors.forbidden") }, { status: 403, headers: noStore });
    if (error instanceof RateLimitedError) {
      const seconds = error.retryAfterSeconds;
      return NextResponse.json(
        { error: t("search.slowDown", { seconds }), retryAfter: seconds },
        { status: 429, headers: { ...noStore, "Retry-After": String(seconds) } },
      );
    }
    throw error;
  }
}
