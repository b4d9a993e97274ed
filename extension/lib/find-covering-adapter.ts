/**
 * @module find-covering-adapter
 * Which earlier adapter already covers an imported adapter's pages. The user's adapters are tried in order
 * and the first whose case page matches wins, so an imported copy under a new id behind an overlapping one
 * would never apply; the options page says so on import.
 */
import type { CrmAdapter } from '@complaint-code/shared';

type Covering = Pick<CrmAdapter, 'id' | 'name' | 'casePage' | 'origins'>;

/** The fixed start of an anchored pattern (`^/d365/main\.aspx\?` → `/d365/main.aspx?`), lower-cased; '' when unanchored. */
function literalStart(pattern: string): string {
  if (!pattern.startsWith('^')) return '';
  let out = '';
  for (let i = 1; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '\\') {
      const next = pattern[i + 1];
      // `\d`, `\w`, `\b`… are classes, not literals: the fixed start ends there.
      if (next === undefined || /[a-zA-Z0-9]/.test(next)) break;
      out += next;
      i++;
      continue;
    }
    if ('.[]()|?*+{}$^'.includes(char)) {
      // A quantifier makes the previous character optional: it is not part of the fixed start.
      if ('?*{'.includes(char)) out = out.slice(0, -1);
      break;
    }
    out += char;
  }
  return out.toLowerCase();
}

const sharesOrigin = (a: Covering, b: Covering) => {
  const theirs = b.origins;
  return !a.origins || !theirs || a.origins.some((origin) => theirs.includes(origin));
};

/**
 * Could two adapters match the same case page? A safe over-estimate: they share an origin (or one names none)
 * and one pattern's fixed start begins the other's (an unanchored pattern can match anywhere).
 *
 * @example
 * mayOverlap({ casePage: { urlPattern: '^/d365/main' } }, { casePage: { urlPattern: '^/d365/' } }); //=> true
 */
export function mayOverlap(a: Covering, b: Covering): boolean {
  if (!sharesOrigin(a, b)) return false;
  const [x, y] = [literalStart(a.casePage.urlPattern), literalStart(b.casePage.urlPattern)];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * The first adapter before `adapterId` in `adapters` (the user's list, in the order tried) that may cover
 * the same case pages, or `undefined`.
 *
 * @example
 * findCoveringAdapter([broken, fixed], 'fixed'); //=> broken (same origin, same case pages, tried first)
 */
export function findCoveringAdapter<A extends Covering>(adapters: readonly A[], adapterId: string): A | undefined {
  const index = adapters.findIndex((adapter) => adapter.id === adapterId);
  const target = adapters[index];
  if (index <= 0 || !target) return undefined;
  return adapters.slice(0, index).find((adapter) => mayOverlap(adapter, target));
}
