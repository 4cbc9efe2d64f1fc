/**
 * The example runner of tsdoc.test.ts checks what it claims to: a stated
 * result that is wrong fails, prose after a value is ignored, imports point
 * where they should. Runs without dist/ (the "entry" is a data: module).
 */
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK, exampleModule } from './example-module.js';

const entryUrl = `data:text/javascript,${encodeURIComponent('export const double = (n) => n * 2; export const pair = (a, b) => ({ a, b });')}`;
const resolve = (specifier: string) => (specifier === 'luton-safeguarding-rules' ? entryUrl : undefined);

let checked: string[] = [];
beforeEach(() => {
  checked = [];
  (globalThis as Record<string, unknown>)[CHECK] = (actual: () => unknown, stated: () => unknown, label: string) => {
    checked.push(label);
    expect(actual()).toEqual(stated());
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[CHECK];
});

async function run(code: string): Promise<void> {
  const source = exampleModule({ code, entryNames: ['double', 'pair'], entryUrl, resolve });
  const js = (await build({ stdin: { contents: source, loader: 'ts' }, write: false, format: 'esm', logLevel: 'silent' })).outputFiles[0]!.text;
  await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
}

describe('exampleModule', () => {
  it('checks a stated result and ignores the prose after it', async () => {
    await run("double(2) // 4 (twice two)\ndouble(0); // 0: nothing doubled");
    expect(checked).toHaveLength(2);
  });

  it('fails an example whose stated result is wrong', async () => {
    await expect(run('double(2) // 5')).rejects.toThrow();
    await expect(run("pair('x', 1) // { a: 'x', b: 2 }")).rejects.toThrow();
  });

  it('reads objects and arrays, also over several comment lines', async () => {
    await run("pair('x', [1, 2]) // { a: 'x',\n//   b: [1, 2] }");
    expect(checked).toHaveLength(1);
  });

  it('checks nothing when the comment is prose', async () => {
    await run('double(2) // twice two');
    expect(checked).toEqual([]);
  });

  it("gives the entry's exports without an import, and lets the example import them itself", async () => {
    await run("import { double } from 'luton-safeguarding-rules';\ndouble(3) // 6\npair(1, 2).b // 2");
    expect(checked).toHaveLength(2);
  });

  it('refuses an import the example cannot rely on', () => {
    expect(() => exampleModule({ code: "import x from 'left-pad';", entryNames: [], entryUrl, resolve })).toThrow(/left-pad/);
  });
});
