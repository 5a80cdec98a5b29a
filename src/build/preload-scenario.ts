import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import type { OutputChunk } from 'rolldown';

/**
 * The scenario an address names is fetched from the page's head, with the app, not a round trip
 * later when the entry script has arrived and run (on Slow 4G that is 0.6 s on the way to the first
 * choice). The head gets a data block naming each scenario's chunk and one small inline script that
 * reads it. The script never changes, so the Content-Security-Policy allows it by a fixed hash
 * (README "Security headers" gives the same one for a policy sent as a header).
 */
export const WARM_SCRIPT =
  "(function(){var m=/^#\\/(?:play|present)\\/([^/]+)/.exec(location.hash);if(!m)return;var c=JSON.parse(document.getElementById('scenario-chunks').textContent),id=decodeURIComponent(m[1]);if(!Object.prototype.hasOwnProperty.call(c,id))return;var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=c[id];document.head.appendChild(l);})();";

/** The CSP source that allows WARM_SCRIPT and nothing else inline. */
export function warmScriptSource(): string {
  return `'sha256-${createHash('sha256').update(WARM_SCRIPT).digest('base64')}'`;
}

/** Each scenario's id (its file name in stories/) and the chunk the build made of it. */
export function scenarioChunks(chunks: readonly OutputChunk[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId && /[\\/]stories[\\/]([^\\/]+)\.ink$/.exec(chunk.facadeModuleId)?.[1];
    if (id) found[id] = `./${chunk.fileName}`;
  }
  return found;
}

export function preloadScenario(): Plugin {
  return {
    name: 'common-ground:preload-scenario',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return html;
        const chunks = Object.values(context.bundle).filter((file): file is OutputChunk => file.type === 'chunk');
        const policy = /(script-src 'self')(;|")/;
        if (!policy.test(html)) throw new Error("preload-scenario: index.html's Content-Security-Policy has no script-src 'self' to add the warm-up's hash to");
        // JSON in a <script> data block: "</" is escaped so no file name could close the element.
        const data = JSON.stringify(scenarioChunks(chunks)).replace(/<\//g, '<\\/');
        // Ahead of the style sheet: an inline script after a sheet still loading waits for it.
        const first = html.search(/<(script|link)\b[^>]*(type="module"|rel="stylesheet")/);
        if (first < 0 || first > html.indexOf('</head>')) throw new Error("preload-scenario: no entry script or style sheet in index.html's head to go before");
        const warm = `<script type="application/json" id="scenario-chunks">${data}</script>\n    <script>${WARM_SCRIPT}</script>\n    `;
        const withWarm = html.slice(0, first) + warm + html.slice(first);
        return withWarm.replace(policy, `$1 ${warmScriptSource()}$2`);
      },
    },
  };
}
