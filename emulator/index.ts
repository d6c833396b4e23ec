// Local StreamOne Ion v3 emulator (dev only, never published). See DEVELOPERS.md for the contract.
import { Emulator } from './server';
import type { EmulatorOptions } from './server';

export { Emulator, UNKNOWN_ACCOUNT_ID } from './server';
export type { EmulatorOptions, EmulatorStats, LogEntry } from './server';
export type { FaultRule } from './faults';
export type { SeedOption, SeedSizes } from './seed';
export { SEED_SIZES } from './seed';
export type { Store } from './store';
export { loadSpec } from './spec';
import { loadSpec } from './spec';

/** Starts an emulator on 127.0.0.1 (port 0 = random free port) and resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	loadSpec(); // parse once per process, before the first request
	const emulator = new Emulator(options);
	return emulator.listen();
}
