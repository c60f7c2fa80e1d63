// `tsx --conditions=react-server scripts/backfill-concordance.ts` (DATABASE_URL as for the app): concordance
// words for the memory units and approved segments stored before the tm_index migration. Run once after
// upgrading; running it again is harmless.
import { db } from "@/lib/db";
import { backfillConcordance } from "@/lib/translation/server/backfill-concordance";

const done = await backfillConcordance();
console.log(`concordance words written for ${done.units} memory units and ${done.segments} approved segments`);
await db.$disconnect();
