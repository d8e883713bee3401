// Job: refresh the cockpit's KPI summaries. Run nightly (cron / systemd timer / the job runner):
//   DATABASE_URL=… npm run kpi:refresh
import { refreshKpiSummaries } from "@/lib/data/kpi/refresh";

const t0 = Date.now();
await refreshKpiSummaries((line) => console.log(line));
console.log(`kpi summaries refreshed in ${Date.now() - t0} ms`);
process.exit(0);
