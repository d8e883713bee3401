"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

type ErrorKey = "invalid" | "rateLimited" | "required" | "error";

/** next-auth's `error` for a throttled sign-in is "RateLimited:<seconds>" (lib/auth/options.ts). */
function parseError(error: string | null | undefined): { key: ErrorKey; wait?: number } {
  const limited = /^RateLimited(?::(\d+))?$/.exec(error ?? "");
  if (limited) return { key: "rateLimited", wait: Number(limited[1] ?? 0) };
  return { key: error === "CredentialsSignin" ? "invalid" : "error" };
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("login");
  const [error, setError] = useState<{ key: ErrorKey; wait?: number } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) return setError({ key: "required" });
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation: a prefetched redirect to /login may be cached by the router.
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(parseError(result?.error));
  }

  function message(e: { key: ErrorKey; wait?: number }): string {
    if (e.key !== "rateLimited") return t(e.key);
    const seconds = Math.max(1, e.wait ?? 0);
    const wait =
      seconds < 60 ? t("waitSeconds", { count: seconds }) : t("waitMinutes", { count: Math.ceil(seconds / 60) });
    return t("rateLimited", { wait });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <label className="block">
        <span className="mb-1 block font-medium text-slate-700">{t("username")}</span>
        <input
          name="username"
          autoComplete="username"
          autoFocus
          required
          className="w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-500 focus:outline-none"
        />
      </label>
      <label className="block">
        <span className="mb-1 block font-medium text-slate-700">{t("password")}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded-md border border-slate-300 px-3 py-2 focus:border-brand-500 focus:outline-none"
        />
      </label>
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-700" data-testid="login-error">
          {message(error)}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
