import { IdbWitnessStore } from '../../assessor/witness-store-idb';

/** The evidence locker on this device, shared by every window of the app. */
export const witnessStore = new IdbWitnessStore();
