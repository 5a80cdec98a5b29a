/**
 * The IRIs Common Ground coins for xAPI: its activities and the extensions that carry what no
 * standard field can (three axis scores, KSB codes, the scenario's content hash). They only have to
 * be stable and ours; one home, so a change of base is one line.
 */
export const IRI_BASE = 'https://w3id.org/xapi/common-ground';

export const scenarioIri = (scenarioId: string) => `${IRI_BASE}/scenarios/${encodeURIComponent(scenarioId)}`;
export const decisionIri = (scenarioId: string, decisionKey: string) => `${scenarioIri(scenarioId)}/decisions/${decisionKey}`;

export const EXTENSIONS = {
  compliance: `${IRI_BASE}/extensions/compliance`,
  communication: `${IRI_BASE}/extensions/communication`,
  challenge: `${IRI_BASE}/extensions/constructive-challenge`,
  ksbs: `${IRI_BASE}/extensions/ksbs`,
  scenarioHash: `${IRI_BASE}/extensions/scenario-hash`,
  sessionMode: `${IRI_BASE}/extensions/session-mode`,
  assessed: `${IRI_BASE}/extensions/assessed`,
  roomVotes: `${IRI_BASE}/extensions/room-votes`,
  roomChoiceBasis: `${IRI_BASE}/extensions/room-choice-basis`,
  elapsedMs: `${IRI_BASE}/extensions/elapsed-ms`,
  ending: `${IRI_BASE}/extensions/ending`,
} as const;

export const VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-GB': 'initialized' } },
  responded: { id: 'http://adlnet.gov/expapi/verbs/responded', display: { 'en-GB': 'responded' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-GB': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-GB': 'failed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-GB': 'terminated' } },
} as const;

export const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

/** cmi5's own IRIs (cmi5 spec, section 9.6): the category every cmi5-defined statement carries. */
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOnCategory: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;
