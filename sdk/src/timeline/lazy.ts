/** Where each lazy object keeps the builders of its strings (non-enumerable, so never serialised). */
const BUILDERS = Symbol('lazy string builders');

type Builders = Record<string, () => string>;
type WithBuilders = { [BUILDERS]?: Builders };

function settle(target: object, key: string, value: string): void {
  // Reflect: a frozen object cannot memoise; it rebuilds on each read instead of throwing.
  Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

// One shared accessor pair per key: V8 keeps such objects on shared hidden classes. A fresh getter
// closure per object gives every object its own hidden class, which measured ~20× slower.
const descriptors = new Map<string, PropertyDescriptor>();
function descriptorFor(key: string): PropertyDescriptor {
  let descriptor = descriptors.get(key);
  if (descriptor === undefined) {
    descriptor = {
      get(this: WithBuilders): string {
        const value = this[BUILDERS]?.[key]?.() ?? '';
        settle(this, key, value);
        return value;
      },
      set(this: object, value: string): void {
        settle(this, key, value);
      },
      enumerable: true,
      configurable: true,
    };
    descriptors.set(key, descriptor);
  }
  return descriptor;
}

/**
 * Internal: defines `key` on `target` as an enumerable getter that builds the string on first read
 * and then stores it as a plain value, so long sentences are only built when someone reads them.
 * A million-row report reads none; `JSON.stringify`, `structuredClone` and object spread read it
 * like any other property (they call getters of own enumerable properties). Assigning works as for
 * an ordinary field.
 *
 * Define it last: the key keeps its place in the key order, so serialised output is unchanged.
 *
 * @example
 * ```ts
 * const deadline = defineLazy({ id: 'stage1-response' }, 'explanation', () => explainStep(…));
 * JSON.stringify(deadline); // builds the sentence now, once
 * ```
 */
export function defineLazy<T extends object, K extends string>(target: T, key: K, build: () => string): T & Record<K, string> {
  // A batch that reads none of the texts skips even the accessor: defining it was ~8% of a report.
  if (skipTexts) return target as T & Record<K, string>;
  const holder = target as T & WithBuilders;
  const builders = holder[BUILDERS];
  if (builders === undefined) Object.defineProperty(holder, BUILDERS, { value: { [key]: build } });
  else builders[key] = build;
  Object.defineProperty(target, key, descriptorFor(key));
  return target as T & Record<K, string>;
}

let skipTexts = false;

/**
 * Internal, for batch code that never reads the lazy texts (`complaint-code report`): runs `work`
 * with {@link defineLazy} leaving the texts out altogether (the keys are absent, whatever the type
 * says). Every object built inside has the same shape, and none may escape to a caller who reads
 * `explanation` or `message`.
 *
 * @example
 * ```ts
 * const timelines = withoutLazyTexts(() => records.map((record) => complaintTimeline(record, options)));
 * ```
 */
export function withoutLazyTexts<T>(work: () => T): T {
  const was = skipTexts;
  skipTexts = true;
  try {
    return work();
  } finally {
    skipTexts = was;
  }
}
