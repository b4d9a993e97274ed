/**
 * @module @complaint-code/shared/limits
 *
 * Constants the content script needs, kept free of zod: importing them from a module with schemas
 * would put the whole schema library into every CRM page (content-script size goal: 40 KB gzipped).
 */

/** The most rows one list page may send at once (a CRM grid page is rarely over a few hundred). */
export const MAX_HARVESTED_ROWS = 5000;

/** The longest case-page link stored (a longer one is not a link a person could use; it is refused). */
export const MAX_URL_LENGTH = 2000;
