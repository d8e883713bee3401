import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { navItems } from "@/components/shell/nav-items";
import { NavLinks } from "@/components/shell/nav-links";
import { NotificationBell } from "@/components/notifications/bell";
import { GlobalSearch } from "@/components/search/global-search";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { unreadCount } from "@/lib/data/notifications/notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const [t, unread] = await Promise.all([getTranslations(), unreadCount(actor)]);
  const items = navItems(actor.role);
  return (
    <div className="min-h-dvh md:grid md:grid-cols-[13rem_1fr]">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("common.skipToContent")}
      </a>
      <aside className="hidden border-r border-slate-200 bg-white md:flex md:flex-col">
        <Link href="/" className="flex items-center gap-2 px-4 py-4 font-semibold">
          <span className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-white">金</span>
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.menu")} className="flex-1 px-2">
          <NavLinks items={items} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-10 flex items-center gap-2 border-b border-slate-200 bg-white/90 px-3 py-2 backdrop-blur md:px-6">
          <details className="relative md:hidden">
            <summary className="cursor-pointer list-none rounded-md border border-slate-200 px-2 py-1">
              {t("nav.menu")}
            </summary>
            <nav
              aria-label={t("nav.menu")}
              className="absolute left-0 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
            >
              <NavLinks items={items} />
            </nav>
          </details>
          <span className="font-semibold whitespace-nowrap max-[399px]:hidden md:hidden">{t("app.name")}</span>
          <div className="ml-auto flex items-center gap-2">
            {can(actor.role, "customer.read") && <GlobalSearch />}
            <span className="hidden text-right leading-tight sm:block">
              <span className="block font-medium" data-testid="current-user">
                {actor.name}
              </span>
              <span className="block text-xs text-slate-500">{t(`roles.${actor.role}`)}</span>
            </span>
            <NotificationBell count={unread} />
            <LocaleSwitch />
            <SignOutButton />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 py-4 md:px-6 md:py-6">
          {children}
        </main>
      </div>
    </div>
  );
}
