// The browser checks, in the order `npm run test:ui` runs them. To add one: write a file in this
// folder exporting a UiCheck (see ../check.ts and ../README.md) and list it here.
import type { UiCheck } from '../check';
import { customApiCallCheck } from './custom-api-call';
import { customerByCompanyCheck, customerPickerCheck } from './customer-picker';
import { inputErrorCheck, inputErrorKindCheck, inputErrorTypedCheck } from './input-error';
import { orderProductPickerCheck } from './order-product-picker';
import { searchCheck, searchIonFirstCheck } from './search';
import { seatsQuantityCheck, subscriptionPickerCheck } from './update-seats';

export const checks: UiCheck[] = [
	searchCheck,
	searchIonFirstCheck,
	customerPickerCheck,
	customerByCompanyCheck,
	inputErrorTypedCheck,
	inputErrorCheck,
	inputErrorKindCheck,
	seatsQuantityCheck,
	subscriptionPickerCheck,
	orderProductPickerCheck,
	customApiCallCheck,
];
