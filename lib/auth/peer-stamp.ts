// Stamps each incoming request with the address of the socket it came on (see lib/auth/client-ip.ts).
// The stamp carries a secret made at process start, so a client-sent header of the same name is
// overwritten, and one that slipped past (a request accepted before the stamp was installed) is not
// believed.
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";

export const PEER_HEADER = "x-jinshan-peer";

const shared = globalThis as unknown as { peerStampKey?: string; peerStampInstalled?: boolean };

export function peerStampKey(): string {
  return (shared.peerStampKey ??= randomBytes(18).toString("base64url"));
}

export function stampPeer(req: http.IncomingMessage): void {
  req.headers[PEER_HEADER] = `${peerStampKey()} ${req.socket?.remoteAddress ?? ""}`;
}

/** Installs the stamp on every HTTP(S) server of this process (Next's own included); idempotent. */
export function installPeerStamp(): void {
  if (shared.peerStampInstalled) return;
  shared.peerStampInstalled = true;
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") stampPeer(args[0] as http.IncomingMessage);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    };
  }
}
