// What a write in lib/data answers: done (with what the caller needs) or a refusal the user can act on.
// Refusals are values, not exceptions, because the user's next step depends on them (fix a field,
// confirm a duplicate, reload). Exceptions are for what the user cannot fix: a missing permission
// (ForbiddenError), a record outside their scope (NotFoundError) or a concurrent change (ConflictError).

/** A refusal: `reason` is a message key of the feature's `errors` namespace (or the shared one). */
export type Refusal<E = undefined> = {
  ok: false;
  reason: string;
  /** Per field: message keys (the first is shown). */
  fields?: Record<string, string | readonly string[] | undefined>;
  /** Values for the message (ICU arguments). */
  params?: Record<string, string | number>;
  /** What the form needs to show beside the message (the duplicates found, the contact guard …). */
  extra?: E;
};

export type Outcome<D extends object = object, E = undefined> = ({ ok: true } & D) | Refusal<E>;

export function refuse<E = undefined>(reason: string, more: Omit<Refusal<E>, "ok" | "reason"> = {}): Refusal<E> {
  return { ok: false, reason, ...more };
}

export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`not found: ${what}`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends Error {
  constructor(what = "record") {
    super(`conflict: ${what}`);
    this.name = "ConflictError";
  }
}

/** Thrown inside a transaction to roll it back and answer with a refusal (see lib/data/transaction.ts). */
export class RefusedError<E = undefined> extends Error {
  constructor(public readonly refusal: Refusal<E>) {
    super(`refused: ${refusal.reason}`);
    this.name = "RefusedError";
  }
}

export function refused<E = undefined>(reason: string, more: Omit<Refusal<E>, "ok" | "reason"> = {}): RefusedError<E> {
  return new RefusedError(refuse(reason, more));
}
