"use client";
// The last fence: the root layout itself failed, so no provider, no styles beyond inline ones and no
// session are available. The language comes from the same cookie the app uses.
import { useEffect } from "react";
import en from "@/messages/en/errors.json";
import zh from "@/messages/zh-CN/errors.json";
import { LOCALE_COOKIE } from "@/i18n/locales";

function chosenLocale(): "en" | "zh-CN" {
  if (typeof document === "undefined") return "zh-CN";
  const match = document.cookie.match(new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`));
  return match?.[1] === "en" ? "en" : "zh-CN";
}

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const locale = chosenLocale();
  const m = locale === "en" ? en : zh;
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh" }}>
        <div role="alert" style={{ maxWidth: 480, textAlign: "center", padding: 24 }}>
          <h1 style={{ fontSize: 18 }}>{m.page.title}</h1>
          <p style={{ color: "#475569" }}>{m.page.body}</p>
          <p>
            <button type="button" onClick={reset} style={{ marginRight: 8 }}>
              {m.page.retry}
            </button>
            {/* A full page load, not client navigation: the app shell itself failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">{m.back}</a>
          </p>
          {error.digest && (
            <p style={{ fontSize: 12, color: "#64748b" }}>{m.page.reference.replace("{digest}", error.digest)}</p>
          )}
        </div>
      </body>
    </html>
  );
}
