"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { WeekEffort } from "@/lib/review/effort-report";

/** Word-weighted HTER per week of the last edit, German and English. */
export function EffortOverTime({
  weeks,
  labels,
}: {
  weeks: WeekEffort[];
  labels: { de: string; en: string; title: string };
}) {
  if (!weeks.length) return null;
  return (
    <figure className="chart" aria-label={labels.title}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={weeks} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#eaeef2" />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, (max: number) => Math.max(1, Math.ceil(max * 10) / 10)]} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(3) : String(v))} />
          <Legend verticalAlign="top" height={24} />
          <Line type="monotone" dataKey="de" name={labels.de} stroke="#0b5cad" strokeWidth={2} connectNulls dot />
          <Line type="monotone" dataKey="en" name={labels.en} stroke="#8250df" strokeWidth={2} connectNulls dot />
        </LineChart>
      </ResponsiveContainer>
      <figcaption className="small muted">{labels.title}</figcaption>
    </figure>
  );
}
