import { IdbWitnessKeyStore } from '../../assessor/witness-key-store-idb';

/** The witness keys on this device, shared by every window of the app. */
export const witnessKeyStore = new IdbWitnessKeyStore();
