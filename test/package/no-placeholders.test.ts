/**
 * The README (which is also the npm page) and the docs hold no placeholder
 * left for a table or figure: no line that is an all-caps token alone
 * (`SIZES_TABLE`, `TODO`, `FIGURES`), outside code blocks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The lines of a Markdown text that are an all-caps token alone, outside fenced code, with their line numbers. */
function placeholderLines(markdown: string): string[] {
  const found: string[] = [];
  let fenced = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    else if (!fenced && /^\s*[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*\s*$/.test(line) && /[A-Z]{2}/.test(line)) found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

const markdownFiles = ['README.md', 'CHANGELOG.md', ...readdirSync(join(root, 'docs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];

describe('no placeholder left in the README or the docs', () => {
  it('finds a placeholder when there is one (the check can fail)', () => {
    expect(placeholderLines('Some text.\n\nSIZES_TABLE\n\n## Performance\n```\nNOT_IN_CODE\n```\n')).toEqual(['3: SIZES_TABLE']);
  });

  it.each(markdownFiles)('%s has no line that is an all-caps token alone', (file) => {
    expect(placeholderLines(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it('the README shows the result and record sizes as a table', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/\| `classifyNeed`, 20 indicators \| [\d.]+ kB \/ [\d.]+ kB \| [\d.]+ kB \/ [\d.]+ kB \|/);
  });
});
