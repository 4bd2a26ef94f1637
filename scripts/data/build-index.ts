import { parse } from 'yaml';
import { compileIndex, DataError } from '../../src/core/index/build';
import type { CompiledIndex } from '../../src/core/index/types';

export { DataError };
export { dataFileSchema as updateSchema } from '../../src/core/index/schema';

/** data/*.yaml → compiled index; a file that is not YAML is reported like any other problem. */
export function buildIndex(files: { name: string; text: string }[]): CompiledIndex {
  const parsed: { name: string; raw: unknown }[] = [];
  const problems: string[] = [];
  for (const { name, text } of files) {
    try {
      parsed.push({ name, raw: parse(text) });
    } catch (err) {
      problems.push(`${name}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  if (problems.length) throw new DataError(`The index data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return compileIndex(parsed);
}
