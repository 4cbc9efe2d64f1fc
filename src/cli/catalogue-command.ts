/**
 * `luton-safeguarding-rules catalogue [NAME]`: a catalogue as JSON (the same
 * as catalogues/NAME.json in the package and `GET /catalogues/NAME` of the
 * service); without NAME, the names and what each lists.
 */
import { clip, UsageError, type CliIo } from './cli-io.js';

export async function catalogueCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { catalogueInfo, catalogueJson, catalogueNames, isCatalogueName } = await import('../catalogues/catalogues.js');
  const option = args.find((a) => a.startsWith('-'));
  if (option !== undefined) throw new UsageError(`unknown option "${clip(option)}" for catalogue (see --help)`);
  if (args.length > 1) throw new UsageError('catalogue takes one NAME');
  const name = args[0];
  if (name === undefined) {
    for (const n of catalogueNames) await io.out(`${n.padEnd(22)} ${catalogueInfo[n].description}`);
    return 0;
  }
  if (!isCatalogueName(name)) throw new UsageError(`unknown catalogue "${clip(name)}": expected ${catalogueNames.join(', ')}`);
  await io.out(catalogueJson(name).trimEnd());
  return 0;
}
