/**
 * @module @complaint-code/shared
 *
 * What the extension and the e2e tests share: zod schemas (schema first, `type X = z.infer<typeof X>`)
 * for CRM adapters, settings, stored cases and the message protocol.
 */
export * from './adapter.js';
export * from './adapter-editor.js';
export * from './case.js';
export {
  caseFactLabels,
  caseFactNames,
  dateFactNames,
  extensionFactNames,
  type DateFactName,
  type ExtensionFactName,
  type FieldProblem,
} from './fact-names.js';
export * from './safe-pattern.js';
export * from './messages.js';
export * from './panel.js';
export * from './settings.js';
export * from './draft-messages.js';
export { builtinAdapters, platformPacks } from './builtin-adapters/index.js';
export * from './annual-report.js';
export * from './managed.js';
export * from './team-file.js';
