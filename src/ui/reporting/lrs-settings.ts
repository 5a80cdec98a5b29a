import { z } from '../../core/zod';
import { LRS_SETTINGS_KEY as KEY } from './lrs-settings-key';

/**
 * The organisation's LRS, typed in on this device's Settings screen. Kept in localStorage beside
 * the other settings; the secret is a device credential an LRS admin issues for this purpose (an
 * xAPI "basic auth" key pair), so keeping it on the device is how every xAPI client works.
 */
export const lrsSettingsSchema = z.object({
  endpoint: z.string().check(
    z.trim(),
    z.url('the endpoint must be a web address, e.g. https://lrs.example.org/xapi/'),
    z.refine((url) => /^https:\/\//.test(url) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(url), 'the endpoint must start with https:// (http:// only for this computer)'),
  ),
  key: z.string().check(z.trim(), z.minLength(1, 'the key is missing')),
  secret: z.string().check(z.minLength(1, 'the secret is missing')),
  /** "Stop sending": statements keep queuing on the device, none goes out. */
  stopped: z._default(z.boolean(), false),
});
export type LrsSettings = z.infer<typeof lrsSettingsSchema>;

export function loadLrsSettings(): LrsSettings | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = lrsSettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the settings if they are valid; otherwise gives the first problem in words and keeps the old ones. */
export function saveLrsSettings(input: unknown): { ok: true; settings: LrsSettings } | { ok: false; problem: string } {
  const parsed = lrsSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]?.message ?? 'these settings are not valid' };
  localStorage.setItem(KEY, JSON.stringify(parsed.data));
  return { ok: true, settings: parsed.data };
}

export function forgetLrsSettings(): void {
  localStorage.removeItem(KEY);
}

/** An id for this device, so statements from a trainer's or an assessor's screen have a stable actor. */
export function deviceId(): string {
  const key = 'common-ground.device-id';
  let id = localStorage.getItem(key);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(key, id);
  }
  return id;
}
