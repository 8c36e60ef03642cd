// Prisma CLI configuration. Parley only uses the CLI for `prisma generate` and for
// `prisma migrate diff` when writing a new migration; the app applies migrations itself
// (src/db/migrate.ts), because `prisma migrate deploy` breaks PGlite data folders.
import { defineConfig } from "prisma/config";

// The CLI reads DATABASE_URL even for `generate`; without a postgresql:// URL it would try to
// download a native engine. The placeholder is never connected to by generate or diff.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/parley";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
