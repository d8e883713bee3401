// The one result type of every server action, as the form receives it (client-safe: no server imports).

export type ActionSuccess<D = undefined> = {
  ok: true;
  data: D;
  /** Localized confirmation, when the action has one. */
  message?: string;
  /** When it happened, so two identical successes still re-render. */
  at: number;
};

export type ActionFailure<E = undefined> = {
  ok: false;
  /** Stable code (forbidden, notFound, conflict, invalid, rateLimited, or the feature's own). */
  reason: string;
  /** Localized message for the whole form. */
  message: string;
  /** Localized message per field name. */
  fieldErrors: Record<string, string>;
  /** What was submitted, so the form shows it again after React resets it (never passwords). */
  values: Record<string, string | string[]>;
  extra?: E;
  at: number;
};

/** `null` before the first submit. */
export type ActionState<D = undefined, E = undefined> = ActionSuccess<D> | ActionFailure<E> | null;

/** A server action as forms bind it with `useActionState`, or call it with a plain object. */
export type ServerAction<I, D = undefined, E = undefined> = (
  prev: ActionState<D, E>,
  input: FormData | I,
) => Promise<ActionState<D, E>>;
