/**
 * Reference → the row that was counted for it, for a report over millions of rows. A `Map` with a
 * million fresh string keys cost ~0.6 µs a row and ~100 MB (each key a young string the collector must
 * move to the old heap); this keeps the characters in one growing `Uint16Array` and the lookups in
 * typed arrays (open addressing, FNV-1a hashes), so it holds no string and no slice of an input chunk.
 */
export interface ReferenceIndex {
  /** The row (or line) number stored for `reference`, or undefined. */
  get(reference: string): number | undefined;
  /** Stores `row` for `reference` (replacing any earlier one). */
  set(reference: string, row: number): void;
  /** How many references are stored. */
  readonly size: number;
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * Creates an empty {@link ReferenceIndex}.
 *
 * @example
 * const seen = createReferenceIndex();
 * seen.set('HA-1', 2);
 * seen.get('HA-1'); // 2
 * seen.get('HA-2'); // undefined
 */
export function createReferenceIndex(): ReferenceIndex {
  // slots: 0 = empty, else 1 + the entry's index. Entries are dense, so growing rehashes only them.
  let slots = new Int32Array(1024);
  let hashes = new Int32Array(512);
  let starts = new Float64Array(512);
  let lengths = new Int32Array(512);
  let rows = new Float64Array(512);
  let chars = new Uint16Array(8192);
  let used = 0;
  let size = 0;
  // The last reference looked up by `get`, until the next `set` changes the table.
  let lastReference: string | undefined;
  let lastHash = 0;
  let lastSlot = 0;

  function sameText(entry: number, text: string): boolean {
    if (lengths[entry] !== text.length) return false;
    const start = starts[entry] as number;
    for (let i = 0; i < text.length; i++) if (chars[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** The slot holding `text`, or the empty slot where it would go (as ~slot). */
  function find(text: string, hash: number): number {
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const filled = slots[slot] as number;
      if (filled === 0) return ~slot;
      if (hashes[filled - 1] === hash && sameText(filled - 1, text)) return slot;
    }
  }

  function growEntries(): void {
    const capacity = hashes.length * 2;
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    hashes = grown(hashes, new Int32Array(capacity));
    starts = grown(starts, new Float64Array(capacity));
    lengths = grown(lengths, new Int32Array(capacity));
    rows = grown(rows, new Float64Array(capacity));
    slots = new Int32Array(capacity * 2);
    const mask = slots.length - 1;
    for (let entry = 0; entry < size; entry++) {
      let slot = (hashes[entry] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
  }

  return {
    get(reference) {
      const hash = hashOf(reference);
      const slot = find(reference, hash);
      lastReference = reference;
      lastHash = hash;
      lastSlot = slot;
      return slot < 0 ? undefined : rows[(slots[slot] as number) - 1];
    },
    set(reference, row) {
      // A report looks a reference up, then stores it: the lookup's hash and slot still hold (no set since).
      const known = reference === lastReference;
      lastReference = undefined;
      const hash = known ? lastHash : hashOf(reference);
      let slot = known ? lastSlot : find(reference, hash);
      if (slot >= 0) {
        rows[(slots[slot] as number) - 1] = row;
        return;
      }
      if (size === hashes.length) {
        growEntries();
        slot = find(reference, hash);
      }
      if (used + reference.length > chars.length) {
        const more = new Uint16Array(Math.max(chars.length * 2, used + reference.length));
        more.set(chars);
        chars = more;
      }
      for (let i = 0; i < reference.length; i++) chars[used + i] = reference.charCodeAt(i);
      hashes[size] = hash;
      starts[size] = used;
      lengths[size] = reference.length;
      rows[size] = row;
      used += reference.length;
      slots[~slot] = ++size;
    },
    get size() {
      return size;
    },
  };
}
