import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { MarkAllReadForm } from "@/components/notifications/mark-read-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { listNotifications, notificationListSchema } from "@/lib/data/notifications/notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor();
  const t = await getTranslations("notifications");
  const raw = await searchParams;
  const parsed = notificationListSchema.safeParse({ unread: first(raw.unread), page: first(raw.page) });
  const filters = parsed.success ? parsed.data : {};
  const list = await listNotifications(actor, filters);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const params = new URLSearchParams(filters.unread ? { unread: "1" } : {});
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1 ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader
        title={t("title")}
        description={<span data-testid="unread-count">{t("unreadCount", { count: list.unread })}</span>}
        actions={list.unread > 0 ? <MarkAllReadForm /> : undefined}
      />
      <nav className="flex gap-2 text-xs" aria-label={t("title")}>
        <Link
          href="/notifications"
          className={tab(!filters.unread)}
          aria-current={!filters.unread ? "page" : undefined}
        >
          {t("filterAll")}
        </Link>
        <Link
          href="/notifications?unread=1"
          className={tab(Boolean(filters.unread))}
          aria-current={filters.unread ? "page" : undefined}
        >
          {t("filterUnread")}
        </Link>
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title={filters.unread ? t("emptyUnread") : t("empty")} />
      ) : (
        <div>
          <NotificationList rows={list.rows} />
          <Pagination
            page={list.page}
            pageSize={list.pageSize}
            total={list.total}
            params={params}
            labels={{ previous: t("previous"), next: t("next"), summary: t("summary", { page: list.page, pages }) }}
          />
        </div>
      )}
    </div>
  );
}
