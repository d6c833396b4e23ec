// Dev-only (never published): the command-line arguments of the emulators' CLIs.

/** `--name value`, `--name=value` and `--help`/`-h` (as `help: '1'`). */
export function parseArgs(argv: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--help' || a === '-h') out.help = '1';
		else if (a.startsWith('--')) {
			const [k, inline] = a.slice(2).split('=', 2);
			out[k] = inline ?? argv[++i] ?? '';
		}
	}
	return out;
}

/** A non-negative number argument, or undefined when it was not given. */
export function numberArg(value: string | undefined, name: string): number | undefined {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
	return n;
}
