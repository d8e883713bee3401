import { getTranslations } from "next-intl/server";
import { ActiveLink } from "./active-link";
import type { NavItem } from "./nav-items";

export async function NavLinks({ items }: { items: NavItem[] }) {
  const t = await getTranslations("nav");
  return (
    <ul className="space-y-0.5">
      {items.map((item) => (
        <li key={item.key}>
          {item.ready ? (
            <ActiveLink
              href={item.href}
              className="flex items-center rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-700"
            >
              {t(item.key)}
            </ActiveLink>
          ) : (
            <span
              className="flex items-center justify-between rounded-md px-3 py-1.5 text-slate-400"
              aria-disabled="true"
            >
              {t(item.key)}
              <span className="rounded bg-slate-100 px-1.5 text-[10px] text-slate-400">{t("comingSoon")}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
