"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";

const localeInput = z.object({ locale: z.enum(LOCALES) });

/** Stores the UI language; available before sign-in, so it touches no data and needs no session. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeInput.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
