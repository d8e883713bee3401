import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS_VALUE, newNonce } from "@/lib/domain/security-headers";

// First fence only: pages and server actions check the session, permission and scope again.
// (withAuth itself lets /login and /api/auth through.)
const requireSession = withAuth({ pages: { signIn: "/login" } });

// Every page gets a fresh nonce in its Content-Security-Policy. Next reads the nonce from the CSP on
// the request and puts it on its own scripts; the same policy goes out on the response. The headers
// that never vary are set for every path in next.config.ts.
export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  const refused = await requireSession(request as NextRequestWithAuth, event);
  let response: Response;
  if (refused) {
    response = refused;
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  // Browsers ignore HSTS over plain HTTP, so it is only sent where it means something.
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
