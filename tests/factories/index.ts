// Test data through the real services: users as better-auth creates them, articles through the importer.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/vocabulary";
import { importArticle } from "@/lib/articles/server/import-article";

export async function createActor(role: Role, name = `${role} ${randomUUID().slice(0, 6)}`): Promise<Actor> {
  const user = await db.user.create({ data: { id: randomUUID(), name, email: `${randomUUID()}@test.duyet`, role } });
  return { id: user.id, role, name };
}

export const SAMPLE_ARTICLE = [
  "Hà Nội khởi công tuyến metro mới",
  "Sáng nay (24/3), UBND TP. Hà Nội khởi công tuyến đường sắt đô thị số 5 với tổng vốn 65.400 tỷ đồng.",
  "Theo PGS.TS. Trần Văn Bình, tuyến dài 39,6 km. Dự kiến hoàn thành năm 2030.",
  "[ad_1]",
  "Bình luận (0)",
  "Nguồn: https://example.vn/metro-5",
].join("\n");

export async function createArticle(actor: Actor, content = SAMPLE_ARTICLE) {
  const { articleId } = await importArticle({ format: "text", content }, actor);
  const translations = await db.translation.findMany({
    where: { articleId },
    orderBy: [{ segment: { position: "asc" } }, { lang: "asc" }],
  });
  return { articleId, translations };
}
