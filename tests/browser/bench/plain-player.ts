import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileInk } from '../../../src/compile/compile-ink';

/**
 * The yardstick: a story played as an Inky web export plays it. One HTML page, the inkjs runtime,
 * the compiled story as a script, and a loop that prints lines and offers the choices as buttons.
 * No profile, no saving, no scenery, no sound: what any ink page costs.
 */
const PAGE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>STORY</title><link rel="icon" href="data:,">
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}button.choice{display:block;margin:.5em 0;padding:.6em 1em;font:inherit;text-align:left}</style></head>
<body><main id="story"></main>
<script src="ink.js"></script><script src="story.js"></script><script src="main.js"></script></body>
</html>
`;

// The 30-line loop (Inky's main.js without its fades and save slots).
const LOOP = `(function () {
  var story = new inkjs.Story(storyContent);
  var out = document.getElementById('story');
  function line(text, className) {
    var p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    out.appendChild(p);
  }
  function step() {
    while (story.canContinue) line(story.Continue());
    if (story.currentChoices.length === 0) {
      line('The end', 'end');
      var again = document.createElement('button');
      again.className = 'again';
      again.textContent = 'Play again';
      again.addEventListener('click', function () { story.ResetState(); out.replaceChildren(); step(); });
      out.appendChild(again);
      return;
    }
    var list = document.createElement('div');
    story.currentChoices.forEach(function (choice) {
      var button = document.createElement('button');
      button.className = 'choice';
      button.textContent = choice.text;
      button.addEventListener('click', function () { list.remove(); story.ChooseChoiceIndex(choice.index); step(); });
      list.appendChild(button);
    });
    out.appendChild(list);
  }
  step();
})();
`;

/** Builds the plain page for one scenario in a fresh temporary folder and returns the folder. */
export function buildPlainPlayer(scenarioId: string): string {
  const file = fileURLToPath(new URL(`../../../stories/${scenarioId}.ink`, import.meta.url));
  const { json } = compileInk(readFileSync(file, 'utf8'), file);
  const dir = mkdtempSync(join(tmpdir(), 'cg-plain-ink-'));
  const require = createRequire(import.meta.url);
  // The UMD runtime, as Inky's export ships it (the same inkjs version the game uses).
  copyFileSync(join(require.resolve('inkjs'), '..', 'ink.js'), join(dir, 'ink.js'));
  writeFileSync(join(dir, 'story.js'), `var storyContent = ${json};\n`);
  writeFileSync(join(dir, 'main.js'), LOOP);
  writeFileSync(join(dir, 'index.html'), PAGE.replace('STORY', scenarioId));
  return dir;
}
