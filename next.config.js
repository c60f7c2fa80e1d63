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
    // Uploads travel as files in multipart form data (never JSON-encoded, so never doubled). The largest
    // documented upload is 10 MB (XLIFF, TMX; article text: 1 MB). The cap leaves room for the multipart
    // envelope and lets a file of up to 16 MB reach the action, which refuses anything over its limit
    // with a coded, translated error. A bigger body (only by getting past the browser's own check) gets
    // Next's refusal, which the forms show as UPLOAD_FAILED.
    serverActions: { bodySizeLimit: "16mb" },
    // proxy.ts makes Next buffer each request body it sees, up to this size (default 10 MB); a body cut
    // short there breaks the server action behind it, so this must be at least the action limit.
    proxyClientMaxBodySize: "16mb",
  },
};

export default withNextIntl(nextConfig);
