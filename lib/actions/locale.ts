"use server";
// The language switch. Available before sign-in, so it is a public action: no session, no data.
import { cookies } from "next/headers";
import { publicAction } from "@/lib/actions/client";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { localeInput } from "@/lib/validation/locale";

/** Stores the UI language in a cookie; the pages re-render in it. */
export const setLocaleAction = publicAction({
  input: localeInput,
  messages: "common",
  run: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    return { ok: true };
  },
});
