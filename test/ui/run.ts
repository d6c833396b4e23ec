/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Browser test runner, never published (processes, files, signals): `npm run test:ui`.
//
//   npm run test:ui                       build, then every check in checks/index.ts
//   npm run test:ui -- --only search,customer-picker   only these checks (by name)
//   npm run test:ui -- --list             list the checks and exit
//   npm run test:ui -- --package-dir <dir>  test another build (a folder with package.json and dist/),
//                                         e.g. to compare two node descriptions
//
// Starts Debian's chromium (apt-get installs it when missing), the emulator and a real n8n 2.41.1
// with the built package, logs in as the owner through the sign-in form, then runs each check on a
// fresh workflow. Screenshots of every step go to test/ui/screenshots/ (gitignored). A failed step
// is reported with its name, the error and a screenshot (plus the page's HTML beside it). Everything started is stopped at the end,
// on failure and on Ctrl+C. Exit code 1 when a check failed; pending checks never fail the run.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { fmtDuration, OWNER, REPO_ROOT } from '../../scripts/n8n-env';
import type { CheckContext, UiCheck } from './check';
import { checks } from './checks';
import { Editor } from './editor';
import { ensureChromium, startStack, type UiStack } from './services';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test', 'ui', 'screenshots');

const say = (line = '') => process.stdout.write(`${line}\n`);
const log = (line: string) => say(`  [setup] ${line}`);

type Outcome = 'passed' | 'failed' | 'pending' | 'pending-passed';

interface Result {
	check: UiCheck;
	outcome: Outcome;
	ms: number;
	notes: string[];
	error?: string;
	/** The step that threw, or the last step that finished when a check's own assertion failed. */
	failedStep?: string;
	/** True when the step itself threw; false when an assertion after it failed. */
	inStep?: boolean;
	screenshot?: string;
}

interface Args {
	only?: string[];
	list: boolean;
	packageDir?: string;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { list: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--list') args.list = true;
		else if (a === '--only') args.only = (argv[++i] ?? '').split(',').filter(Boolean);
		else if (a.startsWith('--only='))
			args.only = a.slice('--only='.length).split(',').filter(Boolean);
		else if (a === '--package-dir') args.packageDir = path.resolve(argv[++i] ?? '');
		else if (a === '--help' || a === '-h') {
			say('usage: npm run test:ui [-- --only name1,name2] [--list] [--package-dir <dir>]');
			process.exit(0);
		} else throw new Error(`unknown option ${a} (try --help)`);
	}
	return args;
}

async function runCheck(
	index: number,
	check: UiCheck,
	stack: UiStack,
	editor: Editor,
): Promise<Result> {
	const started = Date.now();
	const notes: string[] = [];
	let currentStep = 'open a new workflow';
	let inStep = true;
	const prefix = `${String(index + 1).padStart(2, '0')}-${check.name}`;
	editor.startCheck(prefix);
	stack.ion.reset();
	const ctx: CheckContext = {
		editor,
		ion: stack.ion,
		note: (line) => notes.push(line),
		async step(label, fn, options) {
			currentStep = label;
			inStep = true;
			const value = await fn();
			inStep = false;
			if (options?.screenshot) await editor.screenshot(label);
			return value;
		},
	};
	try {
		await editor.newWorkflow(`UI check ${prefix}`);
		inStep = false;
		await check.run(ctx);
		return {
			check,
			outcome: check.pending ? 'pending-passed' : 'passed',
			ms: Date.now() - started,
			notes,
		};
	} catch (error) {
		let screenshot: string | undefined;
		try {
			screenshot = await editor.screenshot(check.pending ? 'pending-stopped-here' : 'FAILED');
			// the page's HTML next to it, to find the selector a new or changed check needs
			fs.writeFileSync(screenshot.replace(/\.png$/, '.html'), await editor.page.content());
		} catch {
			// the page is gone; the error says why
		}
		return {
			check,
			outcome: check.pending ? 'pending' : 'failed',
			ms: Date.now() - started,
			notes,
			error: (error as Error).message.split('\n').slice(0, 12).join('\n'),
			failedStep: currentStep,
			inStep,
			screenshot,
		};
	} finally {
		// leave the editor clean for the next check: close a node panel or dialog left open
		await editor.page.keyboard.press('Escape').catch(() => undefined);
	}
}

function report(result: Result): void {
	const { check, outcome, ms } = result;
	const mark = {
		passed: 'PASS',
		failed: 'FAIL',
		pending: 'PENDING',
		'pending-passed': 'PENDING (now passes)',
	}[outcome];
	say(`${mark.padEnd(8)} ${check.name}: ${check.title} (${fmtDuration(ms)})`);
	for (const n of result.notes) say(`         - ${n}`);
	if (check.pending) say(`         pending: ${check.pending}`);
	if (outcome === 'pending-passed')
		say('         this pending check passed: remove its `pending` mark');
	if (result.error) {
		const where = `${outcome === 'pending' ? 'stopped' : 'failed'} ${result.inStep ? 'at' : 'after'} step`;
		say(`         ${where} "${result.failedStep}": ${result.error.replace(/\n/g, '\n         ')}`);
	}
	if (result.screenshot) say(`         screenshot: ${path.relative(REPO_ROOT, result.screenshot)}`);
}

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	const selected = args.only ? checks.filter((c) => args.only?.includes(c.name)) : checks;
	if (args.list) {
		for (const c of checks) say(`${c.name.padEnd(24)} ${c.pending ? '[pending] ' : ''}${c.title}`);
		return 0;
	}
	if (args.only) {
		const unknown = args.only.filter((n) => !checks.some((c) => c.name === n));
		if (unknown.length) throw new Error(`unknown check(s): ${unknown.join(', ')} (see --list)`);
	}

	const started = Date.now();
	say(`Browser test of the n8n editor: ${selected.length} check(s)`);
	log(ensureChromium(log));
	fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
	for (const f of fs.readdirSync(SCREENSHOT_DIR))
		if (/\.(png|html)$/.test(f)) fs.rmSync(path.join(SCREENSHOT_DIR, f));

	let stack: UiStack | undefined;
	const onSignal = () => {
		say('\nInterrupted: stopping chromium, n8n and the emulator...');
		void (stack?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	const results: Result[] = [];
	try {
		stack = await startStack(log, args.packageDir);
		const page = stack.context.pages()[0] ?? (await stack.context.newPage());
		page.setDefaultTimeout(30_000);
		const editor = new Editor({ page, url: stack.n8n.url, screenshotDir: SCREENSHOT_DIR });
		editor.startCheck('00-login');
		await editor.login(OWNER.email, OWNER.password);
		await editor.screenshot('logged-in');
		log(`logged in as ${OWNER.email}; setup took ${fmtDuration(Date.now() - started)}`);
		say('');
		for (const check of selected) {
			const result = await runCheck(checks.indexOf(check), check, stack, editor);
			results.push(result);
			report(result);
		}
	} finally {
		await stack?.stop();
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
	}

	const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
	const shots = fs.readdirSync(SCREENSHOT_DIR).filter((f) => f.endsWith('.png')).length;
	say('');
	say(
		`${shots} screenshots in ${path.relative(REPO_ROOT, SCREENSHOT_DIR)}/; total time ${fmtDuration(Date.now() - started)}`,
	);
	// The plain closing line CI log readers understand; pending checks count as skipped.
	say(
		`ui: ${count('passed')} passed, ${count('failed')} failed, ${count('pending') + count('pending-passed')} skipped`,
	);
	return count('failed') > 0 ? 1 : 0;
}

if (require.main === module) {
	main().then(
		(code) => process.exit(code),
		(error: Error) => {
			say(`\nThe browser test could not run: ${error.stack ?? String(error)}`);
			say('ui: 0 passed, 1 failed, 0 skipped');
			process.exit(1);
		},
	);
}
