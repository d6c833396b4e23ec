// Local StreamOne Stellr emulator (dev only, never published). See README.md beside this file.
import { StellrEmulator } from './server';
import type { StellrEmulatorOptions } from './server';

export { StellrEmulator, STELLR_SSO_PATH } from './server';
export type { StellrEmulatorOptions, StellrFaultRule, StellrLogEntry, StellrStats } from './server';
export type { OperationTiming } from './operations';
export type { StellrSeed } from './seed';
export { NO_MCA_CUSTOMER_INDEX, STELLR_SEED_CUSTOMERS } from './seed';
export { MICROSOFT_CHANGE_WINDOW_MS } from './routes/subscriptions';
export type { StellrStore } from './store';
export type * from './types';

/** Starts a Stellr emulator on 127.0.0.1 (port 0 = random free port) and resolves once it listens. */
export async function startStellrEmulator(
	options: StellrEmulatorOptions = {},
): Promise<StellrEmulator> {
	return new StellrEmulator(options).listen();
}
