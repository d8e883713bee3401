// The security headers of every response (next.config.ts) and the per-request Content-Security-Policy
// of every page (proxy.ts). Pure: the nonce and the scheme come from the request.

/** Sent with everything, files and downloads included. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Older browsers that ignore CSP frame-ancestors: no page may be framed (the reveal button included).
  { key: "X-Frame-Options", value: "DENY" },
  // Other sites learn our origin at most, never a path with a customer id or a search term in it.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Two years, subdomains included: sent only on responses that travelled over HTTPS. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

export function contentSecurityPolicy(nonce: string, o: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Next's own scripts carry the nonce (Next reads it from this header on the request); 'strict-dynamic'
    // lets the chunks they load run. React's development build also needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles: recharts and React `style` props write style attributes, which a nonce
    // cannot cover (nonces apply to <style>/<script> elements only). Styles cannot run script; the
    // script policy above is what keeps injected markup inert.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${o.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(o.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
