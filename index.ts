export { StreamOneIon } from './nodes/StreamOneIon/StreamOneIon.node';
export { StreamOneIonTrigger } from './nodes/StreamOneIonTrigger/StreamOneIonTrigger.node';
export { StreamOneStellr } from './nodes/StreamOneStellr/StreamOneStellr.node';
export { StreamOneIonApi } from './credentials/StreamOneIonApi.credentials';
export { StreamOneStellrApi } from './credentials/StreamOneStellrApi.credentials';
