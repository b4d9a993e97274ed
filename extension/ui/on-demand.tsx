/**
 * @module extension/ui/on-demand
 *
 * The overlay's forms and "Point at the editor" are not in the content script every CRM frame
 * loads: they arrive on demand (content/on-demand). `loadOnDemand` starts that only from the
 * officer's own click or key press (the same gate as every write, ui/user-action.ts); `<OnDemand>`
 * shows a part once it has arrived, inside the caller's own tree.
 */
import { signal } from '@preact/signals';
import type { ComponentProps, ComponentType } from 'preact';
import type { OnDemandParts } from '../content/on-demand/parts.js';
import { isUserAction, type UserEvent } from './user-action.js';

/** The parts that are components (all but `pickEditor`). */
export type OnDemandComponent = Exclude<keyof OnDemandParts, 'pickEditor'>;

const loaded = signal<OnDemandParts | null>(null);
const failure = signal<string | null>(null);
let loader: (() => Promise<OnDemandParts>) | undefined;
let loading: Promise<OnDemandParts | null> | undefined;

/**
 * How the parts are fetched (the content script sets this at start; tests may too).
 *
 * @example
 * setOnDemandLoader(() => loadParts());
 */
export function setOnDemandLoader(load: (() => Promise<OnDemandParts>) | undefined): void {
  loader = load;
  loading = undefined;
  loaded.value = null;
  failure.value = null;
}

/**
 * Give the parts directly (unit tests render the forms with them).
 *
 * @example
 * provideOnDemand(onDemandParts);
 */
export function provideOnDemand(parts: OnDemandParts | null): void {
  loaded.value = parts;
  failure.value = null;
}

/**
 * Load the parts, once, if `event` is the officer's own click or key press. Resolves `null` when it
 * was not, or when loading failed (then `<OnDemandFailure>` says why); never rejects.
 *
 * @example
 * onClick={(event) => void loadOnDemand(event)}
 */
export function loadOnDemand(event: UserEvent): Promise<OnDemandParts | null> {
  if (loaded.value) return Promise.resolve(loaded.value);
  if (!isUserAction(event) || !loader) return Promise.resolve(null);
  loading ??= loader().then(
    (parts) => {
      loaded.value = parts;
      failure.value = null;
      return parts;
    },
    (error: unknown) => {
      loading = undefined; // the next click tries again
      failure.value = `The forms could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
      return null;
    },
  );
  return loading;
}

/**
 * One on-demand component with its props; nothing until the parts have arrived.
 *
 * @example
 * <OnDemand part="EvidenceForms" model={model} view={view} />
 */
export function OnDemand<K extends OnDemandComponent>({ part, ...props }: { part: K } & ComponentProps<OnDemandParts[K]>) {
  const parts = loaded.value;
  if (!parts) return null;
  const Part = parts[part] as ComponentType<Omit<ComponentProps<OnDemandParts[K]>, 'part'>>;
  return <Part {...props} />;
}

/**
 * Why the forms did not arrive, if they did not.
 *
 * @example
 * <OnDemandFailure />
 */
export function OnDemandFailure() {
  return failure.value ? (
    <p class="cc-error" role="alert">
      {failure.value}
    </p>
  ) : null;
}

/**
 * The failure message as text (for the editor notice, which is not Preact).
 *
 * @example
 * status.textContent = onDemandFailure() ?? '';
 */
export function onDemandFailure(): string | null {
  return failure.value;
}
