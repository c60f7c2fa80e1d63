// Calls of the CMS articles API as a client makes them, through the route handlers.
import { expect } from "vitest";
import { GET as listRoute } from "@/app/api/v1/articles/route";
import { GET as fetchRoute } from "@/app/api/v1/articles/[id]/[lang]/route";
import { apiRequest, params } from "./helpers";

export type List = {
  items: { id: string; lang: string; version: number; title: string; sourceTitle: string; path: string }[];
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
};
export const list = async (token: string, query = "") => {
  const res = await listRoute(apiRequest(`/api/v1/articles${query}`, token));
  expect(res.status).toBe(200);
  return (await res.json()) as List;
};
export const fetchOne = (token: string, id: string, lang: string, query = "") =>
  fetchRoute(apiRequest(`/api/v1/articles/${id}/${lang}${query}`, token), params({ id, lang }));
