/** Code-unit order: the same on every machine, whatever its locale (what a reproducible answer sorts by). */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
