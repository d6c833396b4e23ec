/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Browser-test helpers, never published (node:path for screenshot files): drives the real n8n editor like a user would.
//
// One Editor per run: a logged-in page of the real n8n 2.41.1 editor and the helpers the checks use
// (create a workflow, add the node, pick options, fill fields, search a resource locator, execute a
// step, read the output or the error, take a named screenshot). Selectors are n8n's own
// `data-test-id`s and Element Plus dropdown classes as n8n 2.41.1 ships them; if a future n8n renames
// one, only this file changes.
import * as path from 'node:path';

import type { Locator, Page } from 'playwright-core';

/** The node as the nodes panel lists it. */
export const NODE_DISPLAY_NAME = 'Ion StreamOne';

export interface EditorOptions {
	page: Page;
	/** The editor's base URL, e.g. http://localhost:5678 */
	url: string;
	/** Folder for screenshots (created by the runner). */
	screenshotDir: string;
}

export interface OutputPanel {
	/**
	 * 'data' when the step produced items, 'error' when the output panel shows an error,
	 * 'refused' when n8n would not start the execution (a notification says why).
	 */
	kind: 'data' | 'error' | 'refused';
	/** The panel's visible text (the JSON view for data, the whole error card for errors). */
	text: string;
	/** The parsed JSON items when kind is 'data'. */
	items?: unknown[];
	/** The error title (n8n's `node-error-message`), or the notification's text when refused. */
	errorMessage?: string;
}

/** A node to put in a new workflow next to its Manual Trigger (as in a workflow's JSON). */
export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}

export class Editor {
	readonly page: Page;
	readonly url: string;
	private readonly screenshotDir: string;
	private shotPrefix = 'run';
	private shotCount = 0;
	readonly screenshots: string[] = [];

	constructor({ page, url, screenshotDir }: EditorOptions) {
		this.page = page;
		this.url = url.replace(/\/+$/, '');
		this.screenshotDir = screenshotDir;
	}

	/** Screenshots taken from now on are named `<prefix>-<n>-<name>.png`. */
	startCheck(prefix: string): void {
		this.shotPrefix = prefix;
		this.shotCount = 0;
	}

	/** Saves a PNG of the whole window; returns its path. */
	async screenshot(name: string): Promise<string> {
		this.shotCount += 1;
		const safe = name
			.replace(/[^a-z0-9-]+/gi, '-')
			.replace(/^-|-$/g, '')
			.toLowerCase();
		const file = path.join(
			this.screenshotDir,
			`${this.shotPrefix}-${String(this.shotCount).padStart(2, '0')}-${safe}.png`,
		);
		await this.page.screenshot({ path: file });
		this.screenshots.push(file);
		return file;
	}

	// ------------------------------------------------------------------ login and workflows

	/** Logs in through the sign-in form, as a user does. */
	async login(email: string, password: string): Promise<void> {
		const { page } = this;
		await page.goto(`${this.url}/signin`);
		await page.getByLabel(/email/i).fill(email);
		await page.getByLabel(/password/i).fill(password);
		await page.getByRole('button', { name: /sign in/i }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
	}

	/**
	 * Creates a workflow holding a Manual Trigger and `nodes` (with the session, through the same
	 * REST call the editor's Save makes) and opens it in the editor. Returns its id.
	 */
	async newWorkflow(name: string, nodes: WorkflowNode[] = []): Promise<string> {
		// The session cookie is bound to the browser's id, which the editor sends as a header.
		const browserId = await this.page.evaluate(() => localStorage.getItem('n8n-browserId') ?? '');
		const res = await this.page.request.post(`${this.url}/rest/workflows`, {
			headers: { 'browser-id': browserId },
			data: {
				name,
				active: false,
				settings: {},
				// the trigger feeds the first extra node, as when a user adds it with the + after it
				connections: nodes.length
					? { 'Manual Trigger': { main: [[{ node: nodes[0].name, type: 'main', index: 0 }]] } }
					: {},
				nodes: [
					{
						id: 'manual-trigger',
						name: 'Manual Trigger',
						type: 'n8n-nodes-base.manualTrigger',
						typeVersion: 1,
						position: [0, 0],
						parameters: {},
					},
					...nodes,
				],
			},
		});
		if (!res.ok())
			throw new Error(`creating workflow "${name}": HTTP ${res.status()} ${await res.text()}`);
		const id = ((await res.json()) as { data: { id: string } }).data.id;
		await this.page.goto(`${this.url}/workflow/${id}`);
		await this.byTestId('canvas-node').first().waitFor();
		return id;
	}

	/** Opens a node's panel (NDV) by double-clicking it on the canvas. */
	async openNode(name: string): Promise<void> {
		await this.page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`).dblclick();
		await this.byTestId('ndv').waitFor();
		await this.byTestId('node-parameters').waitFor();
	}

	byTestId(id: string): Locator {
		return this.page.locator(`[data-test-id="${id}"]`);
	}

	// ------------------------------------------------------------------ the nodes panel

	/** Opens the nodes panel ("What happens next?") with the canvas's + button. */
	async openNodesPanel(): Promise<void> {
		if (await this.byTestId('node-creator-search-bar').isVisible()) return;
		await this.byTestId('node-creator-plus-button').click();
		await this.byTestId('node-creator-search-bar').waitFor();
	}

	/**
	 * Types `text` in the nodes panel's search and returns the names of the listed nodes, top to
	 * bottom, once the list has settled (the same list twice in a row).
	 */
	async searchNodes(text: string): Promise<string[]> {
		await this.openNodesPanel();
		const search = this.byTestId('node-creator-search-bar');
		const names = this.byTestId('node-creator-item-name');
		const snapshot = async () => JSON.stringify((await names.allInnerTexts()).map((n) => n.trim()));
		await search.fill('');
		const before = await this.settled(snapshot);
		await search.fill(text);
		// the panel filters after a short debounce: wait for a list other than the unfiltered one
		// (or "no results"), then until it stops changing
		const noResults = this.byTestId('node-creator-no-results');
		for (let waited = 0; waited < 5000; waited += 100) {
			if ((await snapshot()) !== before || (await noResults.isVisible())) break;
			await this.page.waitForTimeout(100);
		}
		return JSON.parse(await this.settled(snapshot)) as string[];
	}

	/** Polls `read` until it returns the same value 5 times in a row (about a second). */
	private async settled(read: () => Promise<string>): Promise<string> {
		let last = await read();
		for (let same = 0, i = 0; same < 5 && i < 100; i++) {
			await this.page.waitForTimeout(200);
			const now = await read();
			same = now === last ? same + 1 : 0;
			last = now;
		}
		return last;
	}

	/**
	 * Adds the Ion StreamOne node through the nodes panel: search, open the node, click the
	 * action (e.g. "Get a customer"). The node's panel (NDV) is open afterwards.
	 */
	async addIonNode(action: string): Promise<void> {
		const names = await this.searchNodes('StreamOne');
		if (!names.includes(NODE_DISPLAY_NAME))
			throw new Error(
				`the nodes panel does not list "${NODE_DISPLAY_NAME}" for "StreamOne": ${names.join(', ')}`,
			);
		await this.byTestId('node-creator-item-name').filter({ hasText: NODE_DISPLAY_NAME }).click();
		const item = this.byTestId('node-creator').getByText(action, { exact: true });
		await item.click();
		await this.byTestId('ndv').waitFor();
		await this.byTestId('node-parameters').waitFor();
	}

	// ------------------------------------------------------------------ parameters

	/** The parameter's input wrapper (`parameter-input-<name>`) inside the open node panel. */
	parameter(name: string): Locator {
		return this.byTestId('node-parameters').locator(`[data-test-id="parameter-input-${name}"]`);
	}

	/** The currently open Element Plus dropdown's options. */
	private visibleOptions(): Locator {
		return this.page.locator('.el-select-dropdown__item:visible');
	}

	/** The labels of the open dropdown's options (their first line: n8n shows descriptions below). */
	private async optionLabels(): Promise<string[]> {
		return (await this.visibleOptions().allInnerTexts()).map((t) => t.trim().split('\n')[0].trim());
	}

	/** Opens a dropdown parameter and returns its option labels (then closes it again). */
	async optionsOf(name: string): Promise<string[]> {
		await this.openDropdown(this.parameter(name));
		const labels = await this.optionLabels();
		await this.page.keyboard.press('Escape');
		await this.visibleOptions().first().waitFor({ state: 'hidden' });
		return labels;
	}

	private async openDropdown(target: Locator): Promise<void> {
		for (let attempt = 0; attempt < 3; attempt++) {
			await target.locator('input').first().click();
			try {
				await this.visibleOptions().first().waitFor({ timeout: 3000 });
				return;
			} catch {
				// the panel re-rendered under the click (a parameter above changed); click again
			}
		}
		throw new Error('the dropdown did not open');
	}

	/** Clicks the option labelled `label` in the open dropdown. */
	private async clickOption(what: string, label: string): Promise<void> {
		const labels = await this.optionLabels();
		const index = labels.indexOf(label);
		if (index < 0)
			throw new Error(`${what} has no option "${label}"; it offers: ${labels.join(', ')}`);
		await this.visibleOptions().nth(index).click();
		await this.visibleOptions().first().waitFor({ state: 'hidden' });
	}

	/** Picks `label` in a dropdown parameter (`resource`, `operation`, ...). */
	async selectOption(name: string, label: string): Promise<void> {
		await this.openDropdown(this.parameter(name));
		await this.clickOption(`"${name}"`, label);
	}

	/** Picks resource and operation in the open node panel. */
	async choose(resource: string, operation: string): Promise<void> {
		await this.selectOption('resource', resource);
		await this.selectOption('operation', operation);
	}

	/** The value shown in a text or number parameter ('' when empty). */
	async valueOf(name: string): Promise<string> {
		return this.parameter(name).locator('input, textarea').first().inputValue();
	}

	/** Types `value` into a text or number parameter, replacing what was there. */
	async fill(name: string, value: string): Promise<void> {
		const input = this.parameter(name).locator('input, textarea').first();
		await input.click();
		await input.fill(value);
		await input.blur();
	}

	// ------------------------------------------------------------------ resource locators

	resourceLocator(name: string): Locator {
		return this.byTestId('node-parameters').locator(`[data-test-id="resource-locator-${name}"]`);
	}

	/** Switches a resource locator to a mode by its label ("From list", "By ID"). */
	async locatorMode(name: string, mode: string): Promise<void> {
		await this.openDropdown(
			this.resourceLocator(name).locator('[data-test-id="rlc-mode-selector"]'),
		);
		await this.clickOption(`the mode of "${name}"`, mode);
	}

	/** Types the value of a resource locator in its current (By ID / By URL) mode. */
	async locatorValue(name: string, value: string): Promise<void> {
		const input = this.resourceLocator(name).locator('[data-test-id="rlc-input"]');
		await input.click();
		await input.fill(value);
		await input.blur();
	}

	/** The open resource-locator list (a popover with a search box and entries). */
	private locatorList(): Locator {
		return this.page
			.locator('[role="dialog"][data-state="open"]')
			.filter({ has: this.page.locator('[data-test-id="rlc-search"]') });
	}

	/**
	 * Opens a resource locator's list ("From list" mode), types `search` in its search box when
	 * given, and returns the listed entries once the list has settled. The list stays open.
	 */
	async searchLocatorList(name: string, search?: string): Promise<string[]> {
		const list = this.locatorList();
		const items = list.locator('[data-test-id="rlc-item"]');
		const snapshot = async () =>
			JSON.stringify((await items.allInnerTexts()).map((t) => t.trim().replace(/\s+/g, ' ')));
		if (!(await list.isVisible())) {
			await this.resourceLocator(name).locator('[data-test-id="rlc-input"]').click();
			await list.waitFor();
		}
		if (search !== undefined) {
			const before = await this.settled(snapshot);
			await list.locator('[data-test-id="rlc-search"]').fill(search);
			// the list searches after a debounce and a request: wait for other entries (or an
			// error), then until they stop changing
			for (let waited = 0; waited < 5000; waited += 100) {
				if ((await snapshot()) !== before || (await this.locatorListError())) break;
				await this.page.waitForTimeout(100);
			}
		}
		return JSON.parse(await this.settled(snapshot)) as string[];
	}

	/** Clicks an entry of the open resource-locator list. */
	async pickLocatorItem(text: string): Promise<void> {
		await this.locatorList()
			.locator('[data-test-id="rlc-item"]')
			.filter({ hasText: text })
			.first()
			.click();
		await this.locatorList().waitFor({ state: 'hidden' });
	}

	/** The error a resource-locator list shows instead of entries, if any. */
	async locatorListError(): Promise<string | undefined> {
		const error = this.byTestId('rlc-error-container').filter({ visible: true });
		return (await error.isVisible()) ? (await error.innerText()).trim() : undefined;
	}

	// ------------------------------------------------------------------ execution and output

	/**
	 * Clicks Execute step in the open node panel and waits for the result: items in the output
	 * panel, an error in the output panel, or n8n refusing to start ("Workflow execution cannot
	 * start", when a parameter has an issue the editor detects itself).
	 */
	async executeStep(): Promise<OutputPanel> {
		await this.byTestId('node-execute-button').first().click();
		const panel = this.byTestId('output-panel');
		const error = panel.locator('[data-test-id="node-error-message"]');
		const refused = this.page.locator('.el-notification').filter({ hasText: /cannot start/i });
		for (let waited = 0; waited < 60_000; waited += 250) {
			if (await refused.first().isVisible()) {
				const text = (await refused.first().innerText()).trim();
				return { kind: 'refused', errorMessage: text, text };
			}
			if (await error.isVisible()) {
				return {
					kind: 'error',
					errorMessage: (await error.innerText()).trim(),
					text: (await panel.innerText()).trim(),
				};
			}
			const items = await this.outputJson();
			if (items) return { kind: 'data', text: (await panel.innerText()).trim(), items };
			await this.page.waitForTimeout(250);
		}
		throw new Error('after 60 s the output panel shows neither items nor an error');
	}

	/**
	 * The output panel's items, read from its JSON view (switched to when needed); undefined while
	 * it shows none.
	 */
	async outputJson(): Promise<unknown[] | undefined> {
		const panel = this.byTestId('output-panel');
		const data = panel.locator('[data-test-id="ndv-data-container"]');
		if (!(await data.isVisible())) return undefined;
		const json = panel.locator('[data-test-id="radio-button-json"]').filter({ visible: true });
		if ((await json.count()) > 0 && (await json.first().getAttribute('aria-checked')) !== 'true')
			await json.first().click();
		// the JSON view renders spaces as non-breaking spaces, which JSON.parse does not accept
		const text = (await data.innerText()).replace(/\u00a0/g, ' ').trim();
		if (!text.startsWith('[') && !text.startsWith('{')) return undefined;
		try {
			const parsed = JSON.parse(text) as unknown;
			return Array.isArray(parsed) ? parsed : [parsed];
		} catch {
			return undefined; // still rendering
		}
	}

	/** Closes the node panel. */
	async closeNode(): Promise<void> {
		await this.byTestId('ndv-close-button').click();
		await this.byTestId('ndv').waitFor({ state: 'hidden' });
	}
}
