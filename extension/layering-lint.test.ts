// The layering rules in eslint.config.js (no-restricted-imports per folder), run through ESLint's Node
// API on small fixtures: each wrong-way import must be reported, and its right-way twin must not be.
// The fixtures are linted as text under a made-up file name, so the real config picks the folder's
// rules without a fixture file on disk for `pnpm lint` to trip over.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages for `code` linted as if it lived at `file`. */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layering lint', { timeout: 60_000 }, () => {
  it.each([
    ['sdk/src/timeline/wrong-way.ts', "import { Settings } from '@complaint-code/shared';\nexport const s = Settings;\n", 'The SDK must not import shared/ or the extension'],
    ['sdk/src/cli/wrong-way.ts', "import { badge } from '../../../extension/data/index.js';\nexport const b = badge;\n", 'The SDK must not import shared/ or the extension'],
    ['sdk/src/calendar/wrong-way.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'no Node built-ins outside sdk/src/cli'],
    ['shared/src/wrong-way.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n", 'shared/ imports only zod, @complaint-code/sdk'],
    ['shared/src/wrong-way.ts', "import { badge } from '../../extension/data/index.js';\nexport const b = badge;\n", 'shared/ imports only zod, @complaint-code/sdk'],
    ['extension/background/wrong-way.ts', "import { CaseTable } from '../sidepanel/CaseTable.js';\nexport const t = CaseTable;\n", 'must not import extension/sidepanel or extension/ui'],
    ['extension/lib/wrong-way.ts', "import type { ChecklistModel } from '../ui/checklist/checklist-model.js';\nexport type M = ChecklistModel;\n", 'must not import extension/sidepanel or extension/ui'],
    ['extension/content/wrong-way.ts', "import { complaintTimeline } from '@complaint-code/sdk';\nexport const t = complaintTimeline;\n", 'Content-script code must not import zod, dexie or the SDK'],
    ['extension/content/features/wrong-way.ts', "import { z } from 'zod';\nexport const s = z.string();\n", 'Content-script code must not import zod, dexie or the SDK'],
    ['extension/entrypoints/crm.content/wrong-way.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n", 'Content-script code must not import zod, dexie or the SDK'],
    ['extension/content/wrong-way.ts', "import { scoreCorpus } from '@complaint-code/sdk/testing';\nexport const s = scoreCorpus;\n", 'Content-script code must not import zod, dexie or the SDK'],
    ['extension/data/wrong-way.ts', "import { groupWords } from '../sidepanel/row-words.js';\nexport const w = groupWords;\n", 'extension/data must not import extension/sidepanel, ui, background'],
    ['extension/data/wrong-way.ts', "import { createMessageHandler } from '../background/handle-message.js';\nexport const h = createMessageHandler;\n", 'extension/data must not import extension/sidepanel, ui, background'],
    ['extension/background/wrong-way.ts', "import { openDb } from '../data/db.js';\nexport const o = openDb;\n", 'through its one module API'],
    ['extension/sidepanel/wrong-way.ts', "import { showBadge } from '../data/badge.js';\nexport const b = showBadge;\n", 'through its one module API'],
    ['extension/lib/wrong-way.ts', "import { openDb } from '../data/index.js';\nexport const o = openDb;\n", 'take only types from extension/data'],
    ['extension/lib/wrong-way.ts', "import { pickerListener } from '../content/picker/listen-for-picker.js';\nexport const p = pickerListener;\n", 'must not import extension/background or extension/content'],
    ['extension/content/wrong-way.ts', "import { openDb } from '../data/index.js';\nexport const o = openDb;\n", 'only through typed messages to the worker'],
    ['extension/content/features/wrong-way.ts', "import { today } from '../../data/index.js';\nexport const t = today;\n", 'only through typed messages to the worker'],
  ])('%s: %j is refused', async (file, code, message) => {
    const errors = await layeringErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['sdk/src/timeline/right-way.ts', "import { z } from 'zod';\nimport { formatDay } from '../dates/formatDay.js';\nexport const s = [z, formatDay];\n"],
    ['sdk/src/cli/right-way.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['shared/src/right-way.ts', "import { z } from 'zod';\nimport { englandAndWales } from '@complaint-code/sdk';\nimport { CrmAdapter } from './adapter.js';\nexport const s = [z, englandAndWales, CrmAdapter];\n"],
    ['shared/src/builtin-adapters/right-way.ts', "import { CrmAdapter } from '../adapter.js';\nexport const a = CrmAdapter;\n"],
    ['extension/background/right-way.ts', "import Dexie from 'dexie';\nimport { complaintTimeline } from '@complaint-code/sdk';\nexport const x = [Dexie, complaintTimeline];\n"],
    ['extension/content/features/right-way.ts', "import { formatDay, parseUkDate } from '@complaint-code/sdk/words';\nexport const w = [formatDay, parseUkDate];\n"],
    ['extension/content/right-way.ts', "import type { Timeline } from '@complaint-code/sdk';\nimport { caseFactLabels } from '@complaint-code/shared';\nexport type T = Timeline;\nexport const l = caseFactLabels;\n"],
    ['extension/background/right-way-data.ts', "import { openDb, type ComplaintDb } from '../data/index.js';\nexport const o = openDb;\nexport type D = ComplaintDb;\n"],
    ['extension/sidepanel/right-way.ts', "import { showBadge } from '../data/index.js';\nexport const b = showBadge;\n"],
    ['extension/lib/csv-import/right-way.ts', "import type { PanelRow } from '../../data/index.js';\nexport type R = PanelRow;\n"],
    ['extension/data/right-way.ts', "import { openDb } from './db.js';\nimport { caseFactLabels } from '@complaint-code/shared';\nexport const x = [openDb, caseFactLabels];\n"],
  ])('%s: a right-way import passes', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });
});
