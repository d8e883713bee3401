"use client";
// A KPI's small trend line (last 12 months / 4 quarters / 5 years).
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis } from "recharts";

export function TrendChart({
  data,
  label,
}: {
  data: { key: string; value: number | null; text: string }[];
  label: string;
}) {
  return (
    <div className="h-14 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 4, right: 2, bottom: 0, left: 2 }}>
          <XAxis dataKey="key" hide />
          <Tooltip
            formatter={(_v, _n, item) => [(item.payload as { text: string }).text, ""]}
            labelStyle={{ fontSize: 11 }}
            contentStyle={{ fontSize: 11, padding: "2px 6px" }}
            separator=""
          />
          <Line
            type="monotone"
            dataKey="value"
            stroke="#2563eb"
            strokeWidth={1.75}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
