export { StreamOneIon } from './nodes/StreamOneIon/StreamOneIon.node';
export { StreamOneIonApi } from './credentials/StreamOneIonApi.credentials';
