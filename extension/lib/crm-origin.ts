/**
 * @module extension/lib/crm-origin
 *
 * Turn what an admin types ("crm.council.example", "https://crm.council.example/cases/1") into the
 * one host permission pattern the extension asks for, or say why not.
 */

export type CrmOriginResult = { ok: true; origin: string; pattern: string } | { ok: false; message: string };

/**
 * @example
 * toCrmOrigin('crm.council.example/cases'); //=> { ok: true, origin: 'https://crm.council.example', pattern: 'https://crm.council.example/*' }
 * toCrmOrigin('*.example.org'); //=> { ok: false, message: 'Give one CRM address, without *' }
 */
export function toCrmOrigin(input: string): CrmOriginResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter the address of your CRM, e.g. https://crm.council.example' };
  if (text.includes('*')) return { ok: false, message: 'Give one CRM address, without *' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, message: `"${text}" is not a web address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'The CRM address must start with https://' };
  if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    return { ok: false, message: 'Use https:// (plain http is allowed only for a CRM on this computer)' };
  }
  return { ok: true, origin: url.origin, pattern: `${url.origin}/*` };
}
