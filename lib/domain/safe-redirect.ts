// The post-login target: a path on this host, never another origin and never a script URL.
//
// Parsing alone is not enough: `new URL("/.//evil.example", base).pathname` is "//evil.example",
// which the browser then reads as another host. So the raw value is refused outright when it holds
// anything a legitimate in-app link never has (backslashes, control characters or whitespace,
// encoded slashes or dots), and the parsed path must start with exactly one slash.

const BASE_HOST = "same-host.invalid";
const HOME = "/";

// Control characters, whitespace (ASCII and Unicode) and backslashes anywhere; in the part before the
// query, also a percent-encoded slash, backslash, dot or percent (which could decode into the others).
const REFUSED_CHARS = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]/;
const REFUSED_IN_PATH = /%(?:2f|5c|2e|25)/i;

export function safeCallbackPath(raw: string | string[] | undefined, host: string | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || REFUSED_CHARS.test(value) || REFUSED_IN_PATH.test(value.split(/[?#]/, 1)[0] ?? "")) return HOME;
  let url: URL;
  try {
    url = new URL(value, `http://${BASE_HOST}`);
  } catch {
    return HOME;
  }
  const sameHost = url.host === BASE_HOST || (host !== null && url.host === host);
  if (!sameHost || (url.protocol !== "http:" && url.protocol !== "https:")) return HOME;
  if (url.username || url.password) return HOME;
  const path = url.pathname;
  // One leading slash only: "//x" and "/\x" are another host to a browser; "a//b" has no use here.
  if (!path.startsWith("/") || path.includes("//") || path === "/login" || path.startsWith("/login/")) return HOME;
  const target = `${path}${url.search}`;
  // The browser's own reading of the result is the last word.
  return new URL(target, `http://${BASE_HOST}`).host === BASE_HOST ? target : HOME;
}
