/**
 * @module extension/content/on-demand/shared-runtime
 *
 * The content script's own Preact, hooks, signals and JSX runtime, lent to the on-demand script
 * (built against these, see shims/). One Preact in the frame: the on-demand forms render inside the
 * countdown's and the checklist's trees, in the same closed shadow roots, and follow their signals.
 */
import * as signals from '@preact/signals';
import * as preact from 'preact';
import * as hooks from 'preact/hooks';
import * as jsxRuntime from 'preact/jsx-runtime';

/** @example handover().runtime.hooks.useState */
export const sharedRuntime = { preact, hooks, signals, jsxRuntime };

/** What the content script lends. */
export type SharedRuntime = typeof sharedRuntime;
