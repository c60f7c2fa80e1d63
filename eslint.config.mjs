import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      ".tmp/**",
      "next-env.d.ts",
    ],
  },
  {
    // Architecture rule: Prisma stays behind lib/<domain>/server and lib/db.ts.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db-client", "@/lib/generated/*", "@prisma/*"],
              message: "No Prisma in app/ or components/: call a service in lib/<domain>/server.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
