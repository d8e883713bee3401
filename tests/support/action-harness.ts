// Calls real server actions in integration tests: a real next-auth session token (encoded with
// next-auth's own `encode`, decoded by lib/auth/session.ts), the real messages, the real database.
// Only the Next request plumbing is stood in for: the cookie/header store and path revalidation.
//
// In a test file:
//   vi.mock("next/headers", async () => (await import("../support/action-harness")).nextHeaders);
//   vi.mock("next/cache", async () => (await import("../support/action-harness")).nextCache);
//   vi.mock("next-intl/server", async () => (await import("../support/action-harness")).nextIntlServer());
import { encode } from "next-auth/jwt";
import { createTranslator } from "next-intl";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { vi } from "vitest";
import { loadMessages } from "@/i18n/messages";
import type { ActionState } from "@/lib/actions/state";

const COOKIE = "next-auth.session-token";
let token: string | null = null;
let locale: "zh-CN" | "en" = "zh-CN";
const requestHeaders = new Headers();

/** Every request after this is made by `userId` (null: nobody is signed in). */
export async function signInAs(userId: string | null): Promise<void> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("set NEXTAUTH_SECRET before importing the actions (vi.hoisted)");
  token = userId ? await encode({ token: { uid: userId, sub: userId }, secret }) : null;
}

export function useLocale(next: "zh-CN" | "en"): void {
  locale = next;
}

const cookieStore = {
  get: (name: string) => (name === COOKIE && token ? { name, value: token } : undefined),
  getAll: () => (token ? [{ name: COOKIE, value: token }] : []),
  has: (name: string) => name === COOKIE && token !== null,
  set: () => undefined,
  delete: () => undefined,
};

export const nextHeaders = {
  cookies: async () => cookieStore,
  headers: async () => requestHeaders,
};

export const revalidated: string[] = [];
export const nextCache = {
  revalidatePath: vi.fn((path: string) => void revalidated.push(path)),
  revalidateTag: vi.fn(),
};

export async function nextIntlServer() {
  const catalogues = { "zh-CN": await loadMessages("zh-CN"), en: await loadMessages("en") };
  return {
    getLocale: async () => locale,
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale, messages: catalogues[locale], namespace: namespace as never }),
  };
}

export type Called<S> = { state: S } | { redirectedTo: string };

/** Runs an action as a form post would; a redirect is reported rather than thrown. */
export async function submit<D, E>(
  action: (prev: ActionState<D, E>, input: FormData) => Promise<ActionState<D, E>>,
  fields: Record<string, string | string[]>,
): Promise<Called<ActionState<D, E>>> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one);
  try {
    return { state: await action(null, form) };
  } catch (error) {
    if (isRedirectError(error)) return { redirectedTo: String(error.digest.split(";")[2]) };
    throw error;
  }
}
