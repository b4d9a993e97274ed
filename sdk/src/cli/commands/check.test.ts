import { describe, expect, it } from 'vitest';
import { runWith } from '../test-io.js';

describe('complaint-code check', () => {
  it('asks for --kind when the draft does not show which letter it is, instead of assuming', async () => {
    const { code, stdout } = await runWith(['check', '-'], { stdin: 'Dear Mr Khan\n\nPlease see attached.\n\nRegards\n' });
    expect(code).toBe(0);
    expect(stdout).toContain('Which letter is this? The draft does not show it clearly: check again with --kind');
    const json = await runWith(['check', '--json', '-'], { stdin: 'Please see attached.' });
    expect(JSON.parse(json.stdout)).toMatchObject({ needsKind: true, candidates: expect.arrayContaining(['refusal']) });
  });

  it('names the points of the complaint with no decision', async () => {
    const text = 'This is our stage 1 response.\n\nYour complaint\nYou complained about:\n1. the broken boiler\n2. the rude phone call\n\nWe upheld the boiler part because it took six weeks.\n';
    const { stdout } = await runWith(['check', '--kind', 'stage1-response', '-'], { stdin: text });
    expect(stdout).toContain('MISSING decision (6.7): No decision on this point of the complaint: "the rude phone call".');
  });
});
