"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { position: number; hter: number };

/** HTER per segment for both languages (recharts: accessible SVG with axes, legend and tooltips). */
export function EffortChart({
  de,
  en,
  labels,
}: {
  de: Point[];
  en: Point[];
  labels: { de: string; en: string; segment: string; title: string };
}) {
  const positions = [...new Set([...de, ...en].map((p) => p.position))].sort((a, b) => a - b);
  const data = positions.map((position) => ({
    segment: position + 1,
    de: de.find((p) => p.position === position)?.hter,
    en: en.find((p) => p.position === position)?.hter,
  }));
  if (!data.length) return null;
  return (
    <figure className="chart" aria-label={labels.title}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#eaeef2" />
          <XAxis
            dataKey="segment"
            label={{ value: labels.segment, position: "insideBottom", offset: -4 }}
            tick={{ fontSize: 11 }}
          />
          <YAxis domain={[0, (max: number) => Math.max(1, Math.ceil(max * 10) / 10)]} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => (typeof v === "number" ? v.toFixed(3) : String(v))} />
          <Legend verticalAlign="top" height={24} />
          <Bar dataKey="de" name={labels.de} fill="#0b5cad" />
          <Bar dataKey="en" name={labels.en} fill="#8250df" />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="small muted">{labels.title}</figcaption>
    </figure>
  );
}
