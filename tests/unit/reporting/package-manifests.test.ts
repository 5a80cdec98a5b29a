import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure, scormManifest } from '../../../src/reporting/package-manifests';

const scenarios = [
  { id: 'pension-card', title: 'The pension card', summary: 'A card & a question' },
  { id: 'backlog', title: 'The backlog', summary: 'Figures <held back>' },
];

describe('package manifests', () => {
  it('cmi5.xml has one AU per scenario, launching it, with the text escaped', () => {
    const xml = cmi5CourseStructure(scenarios, '1.2.3');
    expect(xml.match(/<au /g)).toHaveLength(2);
    expect(xml).toContain('<url>index.html?lms=cmi5&amp;scenario=backlog</url>');
    expect(xml).toContain('Figures &lt;held back&gt;');
    expect(xml).toContain('moveOn="Completed"');
  });

  it('imsmanifest.xml is SCORM 2004 4th Edition, one item per scenario on one SCO listing every file', () => {
    const xml = scormManifest(scenarios, ['index.html', 'assets/a.js'], '1.2.3');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml.match(/<item /g)).toHaveLength(2);
    expect(xml).toContain('parameters="?lms=scorm&amp;scenario=pension-card"');
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    expect(xml).toContain('<file href="assets/a.js"/>');
  });
});
