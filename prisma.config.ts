import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env; the app builds its client from DATABASE_URL in lib/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
