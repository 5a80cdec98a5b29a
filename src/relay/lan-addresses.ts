import { networkInterfaces } from 'node:os';

/** The machine's IPv4 addresses other devices on the network can reach (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
}
