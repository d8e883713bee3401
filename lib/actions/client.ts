import "server-only";
// The one action chain (STYLE.md): every server action is declared with `action({...})`, which
// loads the actor, validates the input with the verb's zod schema, runs the write (permission,
// scope and audit live inside lib/data), maps refusals and the known errors to ONE ActionState,
// revalidates the declared paths and, on success, may redirect. A new action cannot forget a step.
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { ForbiddenError, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { ConflictError, NotFoundError, type Outcome, type Refusal } from "@/lib/domain/outcome";
import { formEntries, submittedValues } from "./form-data";
import { fieldMessages, refusalMessage, type Translator } from "./messages";
import type { ActionFailure, ActionState } from "./state";

type Path = string | { path: string; type: "layout" | "page" };

export type ActionDefinition<S extends z.ZodType, D extends object, E> = {
  /** The verb's schema: the same one the form and lib/data use. */
  input: S;
  /** The i18n namespace whose `errors.*` keys name this feature's refusals. */
  messages: string;
  /**
   * The permission the action needs ("session": any signed-in user). Checked here before the input
   * is even read, and again (with the scope) inside lib/data; the role × action matrix test reads it.
   */
  permission: Permission | "session";
  /** Turns the submitted form into the schema's input (default: its fields, repeated names as arrays). */
  fromForm?: (form: FormData) => unknown;
  run: (actor: Actor, input: z.output<S>) => Promise<Outcome<D, E>>;
  revalidate?: (input: z.output<S>, data: D) => Path[];
  /** Where to go after success (a redirect ends the request; the form never sees the state). */
  redirect?: (input: z.output<S>, data: D) => string | null;
  /** Message key (in `messages`) of the confirmation, with the data as ICU arguments. */
  success?: string | ((data: D) => { key: string; params?: Record<string, string | number> });
  /** Echo the submitted values on failure (default true; passwords are never echoed). */
  keepValues?: boolean;
};

/** An action anyone may call before signing in (the language switch): no actor, no data access. */
export type PublicActionDefinition<S extends z.ZodType, D extends object, E> = Omit<
  ActionDefinition<S, D, E>,
  "run" | "permission"
> & { run: (input: z.output<S>) => Promise<Outcome<D, E>> };

/** What the role × action matrix test reads off every action. */
export type ActionMeta = { permission: Permission | "session" | "public"; messages: string };

type Handler<S extends z.ZodType, D, E> = ((
  prev: ActionState<D, E>,
  payload: FormData | z.input<S>,
) => Promise<ActionState<D, E>>) & { meta: ActionMeta };

/** Declares a server action. The returned function is what `"use server"` files export. */
export function action<S extends z.ZodType, D extends object = object, E = undefined>(
  def: ActionDefinition<S, D, E>,
): Handler<S, D, E> {
  return chain(def, def.permission, requireActor, def.run);
}

export function publicAction<S extends z.ZodType, D extends object = object, E = undefined>(
  def: PublicActionDefinition<S, D, E>,
): Handler<S, D, E> {
  return chain(
    def,
    "public",
    async () => null,
    (_none: null, input: z.output<S>) => def.run(input),
  );
}

function chain<S extends z.ZodType, D extends object, E, A extends Actor | null>(
  def: Omit<ActionDefinition<S, D, E>, "run" | "permission">,
  permission: ActionMeta["permission"],
  loadActor: () => Promise<A>,
  run: (actor: A, input: z.output<S>) => Promise<Outcome<D, E>>,
): Handler<S, D, E> {
  const handler = async (_prev: ActionState<D, E>, payload: FormData | z.input<S>): Promise<ActionState<D, E>> => {
    // The session first: an anonymous caller is sent to sign in before anything is validated.
    const actor = await loadActor();
    const raw = payload instanceof FormData ? (def.fromForm ?? formEntries)(payload) : payload;
    const values = payload instanceof FormData && def.keepValues !== false ? submittedValues(payload) : {};
    const t = (await getTranslations(def.messages)) as unknown as Translator;
    const shared = (await getTranslations("errors")) as unknown as Translator;
    const fail = (reason: string, more: Partial<ActionFailure<E>> = {}): ActionFailure<E> => ({
      ok: false,
      reason,
      message: refusalMessage(t, shared, reason),
      fieldErrors: {},
      values,
      at: Date.now(),
      ...more,
    });

    if (actor && permission !== "session" && permission !== "public" && !can(actor.role, permission))
      return fail("forbidden");

    const parsed = def.input.safeParse(raw);
    if (!parsed.success) {
      return fail("invalid", {
        message: refusalMessage(t, shared, "fix"),
        fieldErrors: fieldMessages(t, shared, parsed.error.issues, raw),
      });
    }
    const input = parsed.data as z.output<S>;

    let outcome: Outcome<D, E>;
    try {
      outcome = await run(actor, input);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ForbiddenError) return fail("forbidden");
      if (error instanceof NotFoundError) return fail("notFound");
      if (error instanceof ConflictError) return fail("conflict");
      console.error(`[action ${def.messages}] failed`, error);
      return fail("generic");
    }
    if (!outcome.ok) return refusalState(outcome, t, shared, fail);

    const { ok: _ok, ...rest } = outcome;
    const data = rest as unknown as D;
    for (const p of def.revalidate?.(input, data) ?? []) {
      if (typeof p === "string") revalidatePath(p);
      else revalidatePath(p.path, p.type);
    }
    const to = def.redirect?.(input, data);
    if (to) redirect(to);
    return { ok: true, data, message: successMessage(t, def.success, data), at: Date.now() };
  };
  return Object.assign(handler, { meta: { permission, messages: def.messages } });
}

function refusalState<E>(
  refusal: Refusal<E>,
  t: Translator,
  shared: Translator,
  fail: (reason: string, more?: Partial<ActionFailure<E>>) => ActionFailure<E>,
): ActionFailure<E> {
  const fieldErrors: Record<string, string> = {};
  for (const [field, keys] of Object.entries(refusal.fields ?? {})) {
    const key = typeof keys === "string" ? keys : keys?.[0];
    if (key) fieldErrors[field] = refusalMessage(t, shared, key, refusal.params);
  }
  return fail(refusal.reason, {
    message: refusalMessage(t, shared, refusal.reason, refusal.params),
    fieldErrors,
    extra: refusal.extra,
  });
}

function successMessage<D extends object>(
  t: Translator,
  success: ActionDefinition<z.ZodType, D, unknown>["success"],
  data: D,
) {
  if (!success) return undefined;
  const { key, params } = typeof success === "string" ? { key: success, params: undefined } : success(data);
  return t(key, params);
}
