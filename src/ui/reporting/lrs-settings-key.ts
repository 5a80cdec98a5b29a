/** Where Settings keep the LRS (lrs-settings.ts); apart so the start-up can look without loading the schema. */
export const LRS_SETTINGS_KEY = 'common-ground.lrs.v1';
