import catalogue from 'virtual:ksb-catalogue';
import { findKsb, type KsbCatalogue } from '../../content/ksb-catalogue';

/** The KSB list the build validated (stories/ksbs.json). */
export const ksbList: KsbCatalogue = catalogue;

/** "P-S8 Raises concerns and escalates", or the bare code for one not in this list. */
export function ksbLabel(code: string): string {
  const item = findKsb(ksbList, code);
  return item ? `${code} ${item.title}` : code;
}
