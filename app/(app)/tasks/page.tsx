import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CompleteTaskForm } from "@/components/tasks/complete-form";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResponsiveTable, Td, Tr } from "@/components/ui/responsive-table";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listTasks } from "@/lib/data/tasks/tasks";
import { parseTaskListParams, TASK_KINDS, TASK_SORTS, TASK_STATUSES } from "@/lib/validation/tasks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks"))("title") };
}

export default async function TasksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  const [t, te, locale, raw] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("errors"),
    getLocale(),
    searchParams,
  ]);
  if (!can(actor.role, "task.read")) return <EmptyState title={te("forbidden")} />;
  const { params, valid } = parseTaskListParams(raw);
  // Open work first: without an explicit status filter the list opens on OPEN tasks.
  const effective = { ...params, status: params.status ?? (raw.status === undefined ? ("OPEN" as const) : undefined) };
  const result = await listTasks(actor, effective);
  const canUpdate = can(actor.role, "task.update");
  const qs = new URLSearchParams(
    Object.entries(effective)
      .filter(([k, v]) => k !== "page" && v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const dt = (d: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d);
  const small = `${inputClass} w-auto`;
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} description={t("count", { count: result.total })} />
      {!valid && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-amber-800">
          {t("errors.invalid")}
        </p>
      )}
      <form
        method="get"
        action="/tasks"
        className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
        data-testid="task-filters"
      >
        <div className="space-y-1 text-xs text-slate-600">
          <label htmlFor="tf-kind" className="block">
            {t("filters.kind")}
          </label>
          <select id="tf-kind" name="kind" defaultValue={effective.kind ?? ""} className={small}>
            <option value="">{t("filters.all")}</option>
            {TASK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1 text-xs text-slate-600">
          <label htmlFor="tf-status" className="block">
            {t("filters.status")}
          </label>
          <select id="tf-status" name="status" defaultValue={effective.status ?? ""} className={small}>
            <option value="">{t("filters.all")}</option>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1 text-xs text-slate-600">
          <label htmlFor="tf-sort" className="block">
            {t("sort.label")}
          </label>
          <select id="tf-sort" name="sort" defaultValue={effective.sort ?? "dueAt"} className={small}>
            {TASK_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/tasks" className="px-1 py-1.5 text-sm text-brand-700 hover:underline">
          {t("filters.clear")}
        </Link>
      </form>
      {result.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white" data-testid="task-list">
          <ResponsiveTable head={[t("col.task"), t("col.customer"), t("col.dueAt"), t("col.status"), t("col.action")]}>
            {result.rows.map((task) => (
              <Tr key={task.id} className={task.overdue ? "bg-red-50/60" : ""}>
                <Td label={t("col.task")}>
                  <Badge tone={task.kind === "LOW_SCORE_FOLLOW_UP" ? "violet" : "blue"}>{t(`kind.${task.kind}`)}</Badge>
                  {task.detail && <span className="mt-1 block text-xs text-slate-600">{task.detail}</span>}
                  <span className="mt-0.5 block text-xs text-slate-500">
                    {t("assignee", { name: task.assignee ?? t("unassigned") })}
                  </span>
                  {task.survey && (
                    <Link href={`/surveys/${task.survey.id}`} className="text-xs text-brand-700 hover:underline">
                      {t("survey")}
                    </Link>
                  )}
                </Td>
                <Td label={t("col.customer")}>
                  {task.customer ? (
                    <Link
                      href={`/customers/${task.customer.id}`}
                      className="whitespace-nowrap text-brand-700 hover:underline"
                    >
                      {task.customer.name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td label={t("col.dueAt")}>
                  <span className={task.overdue ? "font-medium text-red-700" : ""}>
                    {task.dueAt ? dt(task.dueAt) : "—"}
                  </span>
                  {task.overdue && (
                    <span className="ml-1">
                      <Badge tone="red">{t("overdue")}</Badge>
                    </span>
                  )}
                </Td>
                <Td label={t("col.status")}>
                  <Badge tone={task.status === "OPEN" ? "amber" : task.status === "DONE" ? "green" : "slate"}>
                    {t(`status.${task.status}`)}
                  </Badge>
                </Td>
                <Td label={t("col.action")}>
                  {task.status === "OPEN" && canUpdate ? (
                    <CompleteTaskForm id={task.id} />
                  ) : task.completedAt ? (
                    <span className="text-xs text-slate-600">
                      {t("completed", { at: dt(task.completedAt) })}
                      {task.note && (
                        <span className="mt-0.5 block text-slate-800" data-testid="task-note">
                          {task.note}
                        </span>
                      )}
                    </span>
                  ) : (
                    "—"
                  )}
                </Td>
              </Tr>
            ))}
          </ResponsiveTable>
          <div className="px-3">
            <Pagination
              page={result.page}
              pageSize={result.pageSize}
              total={result.total}
              params={qs}
              labels={{
                previous: t("pagination.previous"),
                next: t("pagination.next"),
                summary: t("pagination.summary", { page: result.page, pages }),
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
