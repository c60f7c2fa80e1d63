#!/bin/sh
echo "Prisma's native schema engine is not used here: migrations run through scripts/db-migrate.mjs (WebAssembly)." >&2
exit 1
