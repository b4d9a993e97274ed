/** Normalises a list of CRM addresses to origins; throws a plain-words error on a bad one (see org-origins.mjs). */
export function orgOrigins(input: string | string[]): string[];
