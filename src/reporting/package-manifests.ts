import { IRI_BASE, scenarioIri } from './xapi-iris';

/** One scenario as a package lists it: each is its own AU (cmi5) and SCO (SCORM). */
export interface PackagedScenario {
  id: string;
  title: string;
  summary: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lang = (text: string) => `<langstring lang="en-GB">${escape(text)}</langstring>`;

/** The address inside the package that opens one scenario; cmi5 and SCORM append their own parameters. */
export const launchUrl = (standard: 'cmi5' | 'scorm', scenarioId: string) => `index.html?lms=${standard}&scenario=${encodeURIComponent(scenarioId)}`;

export const auId = (scenarioId: string) => `${scenarioIri(scenarioId)}/au`;

/**
 * cmi5.xml (cmi5 section 13): one AU per scenario, so the LMS records each scenario's completion on
 * its own and a course can ask for some scenarios and not others. moveOn is Completed: a role-play
 * is done when it is played through; an LMS can still set a mastery score and ask for Passed.
 */
export function cmi5CourseStructure(scenarios: readonly PackagedScenario[], version: string): string {
  const aus = scenarios.map(
    (s) => `  <au id="${escape(auId(s.id))}" moveOn="Completed" launchMethod="AnyWindow">
    <title>${lang(s.title)}</title>
    <description>${lang(s.summary)}</description>
    <url>${escape(launchUrl('cmi5', s.id))}</url>
  </au>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escape(`${IRI_BASE}/course/${version}`)}">
    <title>${lang('Common Ground')}</title>
    <description>${lang('Role-play scenarios for public service apprentices, scored on compliance, communication and constructive challenge.')}</description>
  </course>
${aus.join('\n')}
</courseStructure>
`;
}

/**
 * imsmanifest.xml for SCORM 2004 4th Edition: one SCO (the game) reached from one item per
 * scenario, the scenario passed in the item's parameters. Every file of the build is listed.
 */
export function scormManifest(scenarios: readonly PackagedScenario[], files: readonly string[], version: string): string {
  const items = scenarios.map(
    (s) => `      <item identifier="item-${escape(s.id)}" identifierref="game" parameters="${escape(`?lms=scorm&scenario=${encodeURIComponent(s.id)}`)}">
        <title>${escape(s.title)}</title>
      </item>`,
  );
  const fileList = files.map((f) => `      <file href="${escape(f)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="common-ground-${escape(version)}" version="${escape(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="common-ground">
    <organization identifier="common-ground">
      <title>Common Ground</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
    <resource identifier="game" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
