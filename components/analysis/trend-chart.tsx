"use client";
// Month-over-month trend of the last 12 months: complaints (bars) and SLA compliance (lines, %).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendDatum = { month: string; complaints: number; sla48h: number | null; sla72h: number | null };

export function AnalysisTrendChart({
  data,
  labels,
  title,
}: {
  data: TrendDatum[];
  labels: { complaints: string; sla48h: string; sla72h: string };
  title: string;
}) {
  const rows = data.map((d) => ({
    month: d.month.slice(2),
    complaints: d.complaints,
    sla48h: d.sla48h === null ? null : Math.round(d.sla48h * 1000) / 10,
    sla72h: d.sla72h === null ? null : Math.round(d.sla72h * 1000) / 10,
  }));
  return (
    <div className="h-64 w-full print:h-56" role="img" aria-label={title} data-testid="analysis-trend">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis yAxisId="n" tick={{ fontSize: 11 }} allowDecimals={false} />
          <YAxis yAxisId="p" orientation="right" domain={[0, 100]} tick={{ fontSize: 11 }} unit="%" />
          <Tooltip contentStyle={{ fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="n" dataKey="complaints" name={labels.complaints} fill="#93c5fd" isAnimationActive={false} />
          <Line
            yAxisId="p"
            dataKey="sla48h"
            name={labels.sla48h}
            stroke="#16a34a"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            yAxisId="p"
            dataKey="sla72h"
            name={labels.sla72h}
            stroke="#d97706"
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
