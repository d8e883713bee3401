// The words of a notification, composed in the recipient's language when it is created (the texts
// live in messages/<locale>/notifications.json under `kinds`).
import en from "@/messages/en/notifications.json";
import zh from "@/messages/zh-CN/notifications.json";

export type NotificationKind = keyof typeof zh.kinds;

/** Title and body of a notification kind in a locale, with {placeholders} filled. */
export function composeNotification(kind: NotificationKind, locale: string, params: Record<string, string>) {
  const t = (locale.startsWith("en") ? en : zh).kinds[kind];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
  return { title: fill(t.title), body: fill(t.body) };
}
