// The client IP of a request, for sign-in throttling and the audit log: the one helper to use.
//
// Next.js hands route handlers and server actions headers only, never the socket. It fills in
// X-Forwarded-For from the socket only when the client sent none, so that header alone cannot tell a
// proxy's word from a client's. instrumentation.ts therefore stamps every incoming request with the
// socket's address (lib/auth/peer-stamp.ts); X-Forwarded-For is believed only when that peer is
// listed in TRUSTED_PROXIES.
import { headers } from "next/headers";
import { inRanges, parseTrustedProxies, resolveClientIp } from "@/lib/domain/client-ip";
import { PEER_HEADER, peerStampKey } from "./peer-stamp";

type Trusted = ReturnType<typeof parseTrustedProxies>;
const shared = globalThis as unknown as { trustedProxies?: { setting: string | undefined; parsed: Trusted } };

function trustedProxies(): Trusted["ranges"] {
  const setting = process.env.TRUSTED_PROXIES;
  const cached = shared.trustedProxies;
  if (cached && cached.setting === setting) return cached.parsed.ranges;
  const parsed = parseTrustedProxies(setting);
  if (parsed.invalid.length)
    console.error(`[auth] TRUSTED_PROXIES: ignoring ${parsed.invalid.join(", ")} (not an address or a range)`);
  shared.trustedProxies = { setting, parsed };
  return parsed.ranges;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(source: HeaderSource, name: string): string | null {
  if (!source) return null;
  const value =
    typeof source.get === "function"
      ? (source as Headers).get(name)
      : (source as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? null;
}

/** The stamped socket address, or null when the request carries no valid stamp. */
export function peerAddress(source: HeaderSource): string | null {
  const [key, address] = header(source, PEER_HEADER)?.split(" ") ?? [];
  return key === peerStampKey() && address ? address : null;
}

/** Whether the request reached us through one of the TRUSTED_PROXIES (so its X-Forwarded-* are theirs). */
export function fromTrustedProxy(source: HeaderSource): boolean {
  const peer = peerAddress(source);
  return peer !== null && inRanges(peer, trustedProxies());
}

/** The client IP of a request with these headers; null when unknown (never a client's bare claim). */
export function clientIp(source: HeaderSource): string | null {
  return resolveClientIp({
    peer: peerAddress(source),
    forwardedFor: header(source, "x-forwarded-for"),
    trusted: trustedProxies(),
  });
}

/** For server actions and route handlers: the client IP of the current request. */
export async function requestClientIp(): Promise<string | null> {
  return clientIp(await headers());
}
