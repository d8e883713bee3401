/** A post-login target limited to a path on this host: never send a user to another origin. */
export function safeCallbackPath(raw: string | string[] | undefined, host: string | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return "/";
  try {
    const url = new URL(value, "http://same-host.invalid");
    const sameHost = url.host === "same-host.invalid" || (host !== null && url.host === host);
    return sameHost && url.pathname !== "/login" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
