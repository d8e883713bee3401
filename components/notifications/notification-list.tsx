import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { shanghaiDateTime } from "@/components/customers/360/format";
import { Badge } from "@/components/ui/badge";
import { MarkReadForm } from "./mark-read-form";

type Row = {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  readAt: string | null;
  createdAt: string;
};

/** The user's notifications, newest first; unread ones can be marked read (a plain form post). */
export async function NotificationList({ rows }: { rows: Row[] }) {
  const t = await getTranslations("notifications");
  return (
    <ul
      className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
      data-testid="notification-list"
    >
      {rows.map((n) => (
        <li
          key={n.id}
          className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 ${n.readAt ? "" : "bg-brand-50/40"}`}
          data-read={n.readAt ? "1" : "0"}
        >
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              {!n.readAt && <Badge tone="brand">{t("unread")}</Badge>}
              {n.link ? (
                <Link href={n.link} className="font-medium break-words hover:underline">
                  {n.title}
                </Link>
              ) : (
                <span className="font-medium break-words">{n.title}</span>
              )}
            </div>
            {n.body && <p className="mt-0.5 text-slate-600">{n.body}</p>}
            <p className="mt-0.5 text-xs text-slate-500">{shanghaiDateTime(n.createdAt)}</p>
          </div>
          {!n.readAt && <MarkReadForm id={n.id} />}
        </li>
      ))}
    </ul>
  );
}
