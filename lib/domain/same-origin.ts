// Whether a request that writes (an audited export) was sent by our own pages. Another site can make
// a signed-in user's browser send a request, but not choose these headers: the browser's
// Sec-Fetch-Site says where the request came from, and Origin names the page that sent it.

export type OriginHeaders = {
  secFetchSite: string | null;
  origin: string | null;
  /** The host the browser addressed (Host, or X-Forwarded-Host from a trusted proxy). */
  host: string | null;
};

export function isSameOriginRequest(h: OriginHeaders): boolean {
  // Every current browser sends Sec-Fetch-Site; when it is there it is the whole answer.
  if (h.secFetchSite) return h.secFetchSite === "same-origin";
  if (!h.origin || h.origin === "null" || !h.host) return false;
  try {
    return new URL(h.origin).host === h.host.toLowerCase();
  } catch {
    return false;
  }
}
