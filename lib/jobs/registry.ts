import "server-only";
// Every background job of the app: name, schedule (cron in Asia/Shanghai) and handler. Handlers are
// plain idempotent functions in lib/data, so tests call them directly and the queue only decides when.
import { refreshKpiSummaries } from "@/lib/data/kpi/refresh";
import { refreshClubMembership } from "@/lib/data/care/club-refresh";
import { runComplaintEscalation } from "@/lib/data/complaints/escalation";
import { runSurveyTrigger } from "@/lib/data/surveys/triggers";
import { runVisitPlanJob } from "@/lib/data/visits/plans";
import { refreshRenewalSummaries } from "@/lib/data/renewals/write";

export type JobDefinition = {
  /** Queue name: lower-case words and dashes. */
  name: string;
  /** Cron expression in Asia/Shanghai, or undefined for jobs that are only sent on events. */
  cron?: string;
  run: (data: Record<string, unknown>) => Promise<unknown>;
  /** Also run once when the worker starts (so a fresh deployment does not wait for the first tick). */
  onStart?: boolean;
};

export const JOBS: JobDefinition[] = [
  // Hourly: a full refresh takes ~4 min of one core at 1.1 M customers; the cockpit shows its time.
  { name: "kpi-refresh", cron: "7 * * * *", run: () => refreshKpiSummaries(), onStart: true },
  { name: "complaint-escalation", cron: "*/5 * * * *", run: () => runComplaintEscalation() },
  { name: "survey-trigger", cron: "45 1 * * *", run: (data) => runSurveyTrigger(data) },
  { name: "visit-plans", cron: "30 1 * * *", run: (data) => runVisitPlanJob(data) },
  // Sent when a renewal is linked, so the cockpit's renewal rate does not wait for the hourly refresh.
  { name: "renewal-kpi-refresh", run: () => refreshRenewalSummaries() },
  // Club membership follows the calendar (a claim stops counting after 12 months).
  { name: "club-refresh", cron: "15 2 * * *", run: () => refreshClubMembership() },
];

export type JobName = (typeof JOBS)[number]["name"];
