export { StreamOneIon } from './nodes/StreamOneIon/StreamOneIon.node';
export { StreamOneIonApi } from './credentials/StreamOneIonApi.credentials';
export { StreamOneStellrApi } from './credentials/StreamOneStellrApi.credentials';
