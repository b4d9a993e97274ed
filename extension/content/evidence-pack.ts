/**
 * @module extension/content/evidence-pack
 *
 * Save a case's evidence pack from the countdown: the background builds the printable HTML (the SDK
 * stays out of the content script) and the page saves it as a file. Nothing leaves the browser.
 */
import { sendToBackground } from '../lib/messaging.js';

/**
 * @example
 * await downloadEvidencePack('https://crm.example|C-1'); // saves case-evidence-pack-C-1.html
 */
export async function downloadEvidencePack(caseId: string): Promise<void> {
  const { fileName, html } = await sendToBackground({ type: 'case/evidence-pack', caseId });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Never put into the page: a CRM page script watching its DOM could read the blob URL (same
  // origin as the page) and so the pack. A detached link still starts the download.
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
