// Writes src/calendar/holiday-table.generated.ts from date-holidays plus the corrections table.
import { writeFileSync } from "node:fs";
import { computeHolidayTable, renderHolidayModule } from "./holiday-source.mjs";

const target = new URL("../src/calendar/holiday-table.generated.ts", import.meta.url);
writeFileSync(target, renderHolidayModule(computeHolidayTable()));
console.log(`wrote ${target.pathname}`);
