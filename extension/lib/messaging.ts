/**
 * @module extension/lib/messaging
 *
 * The typed sender for the shared message protocol: a request's `type` decides its reply type, and
 * only protocol members can be sent. Replies arrive in a `Reply` envelope; errors become `Error`s.
 */
import type { ExtensionRequest, ExtensionResponses, Reply } from '@complaint-code/shared';
import { browser } from 'wxt/browser';

/**
 * Ask the background something.
 *
 * @example
 * const { adapter } = await sendToBackground({ type: 'page/context', url: location.href });
 */
export async function sendToBackground<R extends ExtensionRequest>(request: R): Promise<ExtensionResponses[R['type']]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<ExtensionResponses[R['type']]> | undefined;
  if (!reply) throw new Error('The Complaint Code extension did not answer. Reload the page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
