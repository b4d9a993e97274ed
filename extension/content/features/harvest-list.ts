/**
 * @module extension/content/features/harvest-list
 *
 * On a CRM list (queue) page the adapter describes: read every row's complaint and send them to the
 * background in one `cases/harvested` message, so the team lead's side panel fills without opening
 * each case. Sends again only when the rows change (filters, paging, a single-page app re-render).
 */
import { MAX_HARVESTED_ROWS } from '@complaint-code/shared';
import { sendToBackground } from '../../lib/messaging.js';
import { readListRows } from '../../lib/read-list-rows.js';
import type { Feature, FeatureResult } from '../run-features.js';
import { watchPage } from '../watch-page.js';

export const harvestList: Feature = {
  id: 'harvest-list',
  needs: ['listAdapter'],
  async init(signal, _ctx, { listAdapter }): Promise<FeatureResult> {
    if (!listAdapter || signal.aborted) return false;
    let lastSent = '';
    const harvest = async () => {
      const { rows } = readListRows(document, listAdapter, location.href);
      const batch = rows.slice(0, MAX_HARVESTED_ROWS);
      const signature = JSON.stringify(batch);
      if (batch.length === 0 || signature === lastSent || signal.aborted) return;
      lastSent = signature;
      await sendToBackground({ type: 'cases/harvested', url: location.href, adapterId: listAdapter.id, rows: batch });
    };
    const report = (error: unknown) => {
      if (!signal.aborted) console.warn('Complaint Code: could not read the list page', error);
    };
    await harvest().catch(report);
    watchPage(() => void harvest().catch(report), { signal, minIntervalMs: 1000 });
    return undefined;
  },
};
