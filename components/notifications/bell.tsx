import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The header's bell: unread count, linking to /notifications. */
export async function NotificationBell({ count }: { count: number }) {
  const t = await getTranslations("notifications");
  const label = count > 0 ? t("bell", { count }) : t("bellNone");
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
      data-testid="notification-bell"
    >
      <Bell aria-hidden className="size-4" />
      {count > 0 && (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white"
          data-testid="notification-count"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
