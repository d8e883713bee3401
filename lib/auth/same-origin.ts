// The same-origin check of route handlers that write (audited exports): they take POST only, and only
// from our own pages. Server actions get the equivalent check from Next itself.
import { isSameOriginRequest } from "@/lib/domain/same-origin";
import { fromTrustedProxy } from "./client-ip";

export function sameOriginRequest(request: Request): boolean {
  const h = request.headers;
  const forwardedHost = fromTrustedProxy(h) ? h.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return isSameOriginRequest({
    secFetchSite: h.get("sec-fetch-site"),
    origin: h.get("origin"),
    host: forwardedHost || h.get("host"),
  });
}
