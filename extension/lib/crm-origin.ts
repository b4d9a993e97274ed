/**
 * @module extension/lib/crm-origin
 *
 * Turn what an admin types ("crm.council.example", "https://crm.council.example/cases/1") into the
 * one host permission pattern the extension asks for, or say why not.
 */

/**
 * storage.local key: the exact origins (with port) the user added, written by the background
 * whenever it registers the overlay. Firefox injects the overlay on every port of a granted host,
 * so the content script checks its own origin against this list before it does anything.
 */
export const CRM_ORIGINS_KEY = 'crmOrigins';

/**
 * May the overlay run in a frame of `origin`? Only on an added origin, port included.
 *
 * @example
 * isAddedOrigin('http://localhost:4311', ['http://localhost:4310']); //=> false
 */
export function isAddedOrigin(origin: string, added: unknown): boolean {
  return Array.isArray(added) && added.includes(origin);
}

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

/** The browser a build targets (WXT's `import.meta.env.BROWSER`: 'chrome', 'firefox', …). */
export type BrowserName = string;

const ORIGIN_PATTERN = /^(https?):\/\/([^*/:]+|\[[^\]*/]+\])(?::(\d+))?\/\*$/;

/** `http://localhost:4310/*` → `http://localhost/*`: the pattern without its port. */
function withoutPort(pattern: string): string {
  const match = ORIGIN_PATTERN.exec(pattern);
  return match ? `${match[1]}://${match[2]}/*` : pattern;
}

/**
 * The host permissions to ask for one CRM origin. Firefox ignores the port when it matches
 * (`http://localhost:4310/*` is granted yet the tab stays unreadable), so there the port-less
 * pattern is asked for too; the port-ful one stays as the record of which port was added, and our
 * own origin check (`addedCrmOrigins`) keeps enforcing it.
 *
 * @example
 * crmPermissionPatterns('http://localhost:4310', 'firefox'); //=> ['http://localhost:4310/*', 'http://localhost/*']
 * crmPermissionPatterns('http://localhost:4310', 'chrome'); //=> ['http://localhost:4310/*']
 */
export function crmPermissionPatterns(origin: string, browserName: BrowserName = import.meta.env.BROWSER): string[] {
  const pattern = `${origin}/*`;
  const portless = withoutPort(pattern);
  return browserName === 'firefox' && portless !== pattern ? [pattern, portless] : [pattern];
}

/**
 * The match patterns to register the content script with, for the given granted origin patterns:
 * port-less in Firefox (it cannot match on a port; the content script and the background refuse
 * other ports themselves), unchanged elsewhere.
 *
 * @example
 * crmMatchPatterns(['http://localhost:4310/*', 'http://localhost/*'], 'firefox'); //=> ['http://localhost/*']
 */
export function crmMatchPatterns(patterns: readonly string[], browserName: BrowserName = import.meta.env.BROWSER): string[] {
  return browserName === 'firefox' ? [...new Set(patterns.map(withoutPort))] : [...patterns];
}

/**
 * The CRM origin patterns the user added, from the granted ones: in Firefox a port-less pattern
 * granted only to cover a port-ful one on the same host is not itself an added origin (so
 * `http://localhost` on port 80 stays refused when only `http://localhost:4310` was added).
 *
 * @example
 * addedCrmOrigins(['http://localhost/*', 'http://localhost:4310/*'], 'firefox'); //=> ['http://localhost:4310/*']
 */
export function addedCrmOrigins(patterns: readonly string[], browserName: BrowserName = import.meta.env.BROWSER): string[] {
  if (browserName !== 'firefox') return [...patterns];
  const covered = new Set(patterns.filter((pattern) => withoutPort(pattern) !== pattern).map(withoutPort));
  return patterns.filter((pattern) => !covered.has(pattern));
}

/**
 * The patterns to give back when the user removes one added origin: in Firefox also the
 * port-less helper, unless another added port on the same host still needs it.
 *
 * @example
 * crmPatternsToRemove('http://localhost:4310/*', ['http://localhost:4310/*', 'http://localhost/*'], 'firefox'); //=> ['http://localhost:4310/*', 'http://localhost/*']
 */
export function crmPatternsToRemove(pattern: string, granted: readonly string[], browserName: BrowserName = import.meta.env.BROWSER): string[] {
  const portless = withoutPort(pattern);
  if (browserName !== 'firefox' || portless === pattern) return [pattern];
  const stillNeeded = granted.some((other) => other !== pattern && other !== portless && withoutPort(other) === portless);
  return stillNeeded ? [pattern] : [pattern, portless];
}
