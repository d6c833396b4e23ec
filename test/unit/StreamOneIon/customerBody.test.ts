import {
	buildCustomerBody,
	flattenCustomer,
} from '../../../nodes/StreamOneIon/resources/customer/body';
import { scope, thrown } from '../fixtures';

const fields = {
	customerOrganization: 'Contoso Ltd',
	customerName: 'Jane Doe',
	customerEmail: 'jane@contoso.example',
	languageCode: 'en',
	street: '1 Main St',
	suite: '',
	city: 'Springfield',
	state: 'IL',
	zip: '62701',
	country: 'US',
	customerPhone: ' ',
};

describe('buildCustomerBody (Create/Update Customer request)', () => {
	test('nests the address and leaves blank optional fields out', () => {
		expect(buildCustomerBody(scope, fields)).toEqual({
			customerOrganization: 'Contoso Ltd',
			customerAddress: {
				street: '1 Main St',
				city: 'Springfield',
				state: 'IL',
				zip: '62701',
				country: 'US',
			},
			customerName: 'Jane Doe',
			customerEmail: 'jane@contoso.example',
			languageCode: 'en',
		});
	});

	test('names the first required field that is missing, by its label', () => {
		expect(thrown(() => buildCustomerBody(scope, { ...fields, city: '' })).message).toBe(
			'City is required',
		);
		expect(
			thrown(() => buildCustomerBody(scope, { ...fields, customerEmail: 'jane' })).message,
		).toBe('Email is not a valid e-mail address: jane');
	});

	test('an Ion customer flattens back to the same fields (read, change one field, write back)', () => {
		const body = buildCustomerBody(scope, fields);
		expect(buildCustomerBody(scope, flattenCustomer(body))).toEqual(body);
	});
});
