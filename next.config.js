import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole repository with tsc first; not repeating it here halves build time.
  typescript: { ignoreBuildErrors: true },
  // better-sqlite3 is a native module: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  experimental: {
    // Articles are refused above 1 MB and XLIFF/TMX above 10 MB by the services themselves; the body
    // limit leaves room for JSON escaping so the user gets those messages, not a transport error.
    serverActions: { bodySizeLimit: "24mb" },
  },
};

export default withNextIntl(nextConfig);
