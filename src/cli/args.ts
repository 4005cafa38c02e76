/** The command line, read against the options a command accepts. */
export class UsageError extends Error {}
/** The command was well formed but its input is not usable (missing file, bad date, invalid JSON…). */
export class InputError extends Error {}

export interface OptionSpec {
  /** Options that take a value (`--lang fr`, `--lang=fr`). */
  valued: readonly string[];
  /** Options that are on or off (`--pretty`). */
  switches: readonly string[];
}

export interface Parsed {
  command?: string;
  file?: string;
  flags: Map<string, string | true>;
}

const SHORT: Record<string, string> = { o: 'output', h: 'help', v: 'version' };
const COMMON: OptionSpec = { valued: ['output'], switches: ['help', 'version'] };

export function parseArgs(argv: string[], specFor: (command: string | undefined) => OptionSpec): Parsed {
  const command = argv[0] && !argv[0].startsWith('-') ? argv[0] : undefined;
  const spec = specFor(command);
  const valued = new Set([...COMMON.valued, ...spec.valued]);
  const switches = new Set([...COMMON.switches, ...spec.switches]);
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = command ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg == '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    let [name, value] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [SHORT[arg.slice(1)] ?? arg.slice(1)];
    if (switches.has(name)) {
      flags.set(name, true);
    } else if (valued.has(name)) {
      value ??= argv[++i];
      if (value == null || (value.startsWith('-') && value != '-')) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (positional.length > 1) throw new UsageError(`unexpected argument ${positional[1]}`);
  return { command, file: positional[0], flags };
}

/** The value of a valued option, if given. */
export function option(flags: Map<string, string | true>, name: string): string | undefined {
  const value = flags.get(name);
  return typeof value == 'string' ? value : undefined;
}
