/**
 * The data layer's one module API: the Dexie store of tracked cases and its audit trail, the writes that keep
 * the trail (seen, corrected, extended, harvested, deleted), the case view and the panel's row model built from
 * stored cases, retention, and the toolbar badge.
 *
 * Who uses it: the service worker (message handler, alarms) and the extension's own pages (side panel, options),
 * which share the extension's origin and so its IndexedDB. CRM pages never do: the content script reaches
 * stored cases only through typed messages to the worker (`lib/messaging.ts`), and lint keeps `data/` out of
 * `content/`.
 *
 * @module extension/data
 */
export * from './badge.js';
export * from './calendar-for.js';
export * from './case-rows.js';
export * from './case-view.js';
export * from './cases.js';
export * from './db.js';
export * from './facts-to-record.js';
export * from './harvest.js';
export * from './panel-snapshot.js';
export * from './retention.js';
export * from './today.js';
