// The CRM origins of an organisation build, from `--origin` flags or CC_ORG_ORIGINS (comma or
// space separated). Shared by wxt.config.ts and scripts/build-org.mjs; a bad origin stops the build.

/**
 * Normalises a list of CRM addresses to origins (`https://crm.council.example`), refusing
 * anything that is not an http(s) address, has a path, or uses http for a host other than localhost.
 *
 * @param {string | string[]} input
 * @returns {string[]}
 * @example orgOrigins('https://crm.council.example, https://crm2.council.example:8443') //=> ['https://crm.council.example', 'https://crm2.council.example:8443']
 */
export function orgOrigins(input) {
  const items = (Array.isArray(input) ? input : input.split(/[\s,]+/)).map((item) => item.trim()).filter(Boolean);
  const origins = [];
  for (const item of items) {
    let url;
    try {
      url = new URL(item);
    } catch {
      throw new Error(`"${item}" is not a web address: give the CRM's address, like https://crm.council.example`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`"${item}": a CRM address starts with https://`);
    if (url.protocol === 'http:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
      throw new Error(`"${item}": use https:// (plain http is only for a CRM on this computer)`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
      throw new Error(`"${item}": give the address without a path, like ${url.origin}`);
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}
