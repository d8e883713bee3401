import "server-only";
// One transaction per write: a `throw refused(...)` inside rolls everything back and becomes the
// write's refusal, so a refused write never leaves half of itself behind.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RefusedError, type Outcome } from "@/lib/domain/outcome";

export type Tx = Prisma.TransactionClient;

export async function transact<D extends object = object, E = undefined>(
  work: (tx: Tx) => Promise<D | void>,
  options?: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number },
): Promise<Outcome<D, E>> {
  try {
    const data = await db.$transaction(work, options);
    return { ok: true, ...((data ?? {}) as D) };
  } catch (e) {
    if (e instanceof RefusedError) return e.refusal as Outcome<D, E>;
    throw e;
  }
}
