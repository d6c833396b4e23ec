// What the nodes panel and n8n's loader make of the node's description (DEVELOPERS.md, "The editor").
import { StreamOneIon } from '../../../nodes/StreamOneIon/StreamOneIon.node';

const description = new StreamOneIon().description;

describe('the node type', () => {
	test('keeps the type name saved workflows use', () => {
		expect(description.name).toBe('streamOneIon');
	});

	test('is listed first for "Ion": a display name that starts with Ion, at most 13 characters', () => {
		expect(description.displayName).toMatch(/^Ion\b/);
		expect(description.displayName.length).toBeLessThanOrEqual(13);
		expect(description.displayName).toMatch(/StreamOne/);
		expect(description.description).toMatch(/^TD SYNNEX StreamOne Ion\b/);
	});

	test('n8n adds no "Custom API Call": version is a list and defaultVersion is set', () => {
		// packages/cli load-nodes-and-credentials.ts injects it only into a node whose
		// defaultVersion is undefined or equal to its version; an array never equals a number
		const { version, defaultVersion } = description;
		expect(defaultVersion).toBeDefined();
		expect(defaultVersion === undefined || defaultVersion === version).toBe(false);
		expect(Array.isArray(version) ? Math.max(...version) : version).toBe(defaultVersion);
	});
});
