// Which address a request came from. The direct peer (the TCP connection's address) is a fact;
// X-Forwarded-For is a claim anyone can make, believed only when the peer is one of our own proxies
// (TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, IPv4 or IPv6).

type Range = { v6: boolean; base: bigint; bits: number };

/** "1.2.3.4" or "::ffff:1.2.3.4" → 32-bit value; "2001:db8::1" → 128-bit value; else null. */
function parseIp(raw: string): { v6: boolean; value: bigint } | null {
  const text = raw.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  const v4 = mapped?.[1] ?? text;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v4)) {
    const parts = v4.split(".").map(Number);
    if (parts.some((p) => p > 255)) return null;
    return { v6: false, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!/^[0-9a-f:]+$/i.test(text) || !text.includes(":")) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (
    (halves.length === 2 ? missing < 1 : missing !== 0) ||
    [...head, ...tail].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))
  )
    return null;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tail];
  return { v6: true, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

/** The canonical text of an address ("::ffff:10.0.0.1" → "10.0.0.1"), or null when it is not one. */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const ip = parseIp(raw);
  if (!ip) return null;
  const text = raw.trim().replace(/^\[|\]$/g, "");
  return ip.v6 ? text.toLowerCase() : (/(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1] ?? null);
}

/** Parses the TRUSTED_PROXIES setting; entries that are not an address or a range are reported. */
export function parseTrustedProxies(setting: string | undefined): { ranges: Range[]; invalid: string[] } {
  const ranges: Range[] = [];
  const invalid: string[] = [];
  for (const entry of (setting ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bitsText] = entry.split("/");
    const ip = parseIp(addr ?? "");
    const max = ip?.v6 ? 128 : 32;
    const bits = bitsText === undefined ? max : /^\d+$/.test(bitsText) ? Number(bitsText) : NaN;
    if (!ip || !(bits >= 0 && bits <= max)) {
      invalid.push(entry);
      continue;
    }
    const shift = BigInt(max - bits);
    ranges.push({ v6: ip.v6, base: (ip.value >> shift) << shift, bits });
  }
  return { ranges, invalid };
}

export function inRanges(raw: string, ranges: Range[]): boolean {
  const ip = parseIp(raw);
  if (!ip) return false;
  return ranges.some((r) => {
    if (r.v6 !== ip.v6) return false;
    const shift = BigInt((r.v6 ? 128 : 32) - r.bits);
    return (ip.value >> shift) << shift === r.base;
  });
}

/**
 * The client's address: the peer itself, unless the peer is a trusted proxy; then the X-Forwarded-For
 * hops are read from the right (the ones our proxies appended) and the first untrusted one wins.
 */
export function resolveClientIp(input: {
  peer: string | null;
  forwardedFor: string | null;
  trusted: Range[];
}): string | null {
  const peer = normalizeIp(input.peer);
  if (!peer || !input.forwardedFor || !inRanges(peer, input.trusted)) return peer;
  const hops = input.forwardedFor
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    if (!hop) return peer; // a malformed hop: stop believing the chain
    if (!inRanges(hop, input.trusted)) return hop;
  }
  return normalizeIp(hops[0]) ?? peer;
}
