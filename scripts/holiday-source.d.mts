export declare const REGION_SOURCES: Record<string, [string, string]>;
export declare const FIRST_YEAR: number;
export declare const LAST_YEAR: number;
export declare function readCorrections(): unknown[];
export declare function computeHolidayTable(corrections?: unknown[]): Record<string, string[]>;
export declare function renderHolidayModule(table: Record<string, string[]>): string;
