/** A tiny argument parser: `--name value` options from a fixed list, everything else positional. */
export interface Parsed {
  options: Record<string, string>;
  positional: string[];
}

export function parseArgs(argv: string[], allowed: Record<string, readonly string[]>): Parsed {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--') && a.length > 2) {
      const [name = '', inline] = a.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      const choices = allowed[name];
      if (!choices) throw new UsageError(`unknown option --${name}`);
      if (value === undefined || !choices.includes(value))
        throw new UsageError(`--${name} takes one of: ${choices.join(', ')}`);
      options[name] = value;
    } else positional.push(a);
  }
  return { options, positional };
}

export class UsageError extends Error {}
