/**
 * @module @complaint-code/shared/limits
 *
 * Constants the content script needs, kept free of zod: importing them from a module with schemas
 * would put the whole schema library into every CRM page (content-script size goal: 40 KB gzipped).
 */

/** The most rows one list page may send at once (a CRM grid page is rarely over a few hundred). */
export const MAX_HARVESTED_ROWS = 5000;
