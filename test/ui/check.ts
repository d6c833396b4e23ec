// What a browser check is. One file per check under checks/, listed in checks/index.ts.
import type { Emulator } from '../../emulator';
import type { Editor } from './editor';

export interface CheckContext {
	/** The logged-in editor; a fresh workflow is opened before each check. */
	editor: Editor;
	/** The StreamOne Ion emulator n8n's credential points at (log, store, stats). */
	ion: Emulator;
	/**
	 * Runs one named step. When it throws, the runner reports the step's name with the error and
	 * saves a screenshot of that moment. Pass `screenshot: true` to save one after the step too.
	 */
	step<T>(label: string, fn: () => Promise<T>, options?: { screenshot?: boolean }): Promise<T>;
	/** A line for the report (what was seen, e.g. "row 5 of 40"). */
	note(line: string): void;
}

export interface UiCheck {
	/** Short slug, used in screenshot names and `--only`. */
	name: string;
	/** What the check proves, as the report prints it. */
	title: string;
	/**
	 * Set when the check needs a node feature that does not exist yet (the reason says which and
	 * where it is built). A pending check still runs as far as the current UI allows and its
	 * screenshots are saved, but it is reported as pending, never as passed or failed. When a pending
	 * check passes, the report says so: remove the mark then.
	 */
	pending?: string;
	run(ctx: CheckContext): Promise<void>;
}

/** Throws with `message` unless `condition` holds. */
export function expectThat(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}
