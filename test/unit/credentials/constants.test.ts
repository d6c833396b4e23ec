// The credential's shared values: defined once, and the class uses them.
import { StreamOneIonApi } from '../../../credentials/StreamOneIonApi.credentials';
import {
	ION_CREDENTIAL_TYPE,
	ION_DEFAULT_BASE_URL,
	ionAccountId,
	ionBaseUrl,
} from '../../../credentials/ionConstants';

test('the class name (a literal for the linter) is ION_CREDENTIAL_TYPE', () => {
	const credential = new StreamOneIonApi();
	expect(credential.name).toBe(ION_CREDENTIAL_TYPE);
	expect(credential.properties.find((p) => p.name === 'baseUrl')?.default).toBe(
		ION_DEFAULT_BASE_URL,
	);
});

test.each([
	[undefined, ION_DEFAULT_BASE_URL],
	['', ION_DEFAULT_BASE_URL],
	['  ', ION_DEFAULT_BASE_URL],
	[' http://127.0.0.1:1// ', 'http://127.0.0.1:1'],
])('ionBaseUrl(%j) is %s', (value, expected) => {
	expect(ionBaseUrl(value)).toBe(expected);
});

test.each([
	[' 1000 ', '1000'],
	[1000, '1000'],
	[undefined, ''],
])('ionAccountId(%j) is %j', (value, expected) => {
	expect(ionAccountId(value)).toBe(expected);
});
