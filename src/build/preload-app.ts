import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

/**
 * The page's entry (src/main.ts) imports the app (src/start.ts) dynamically; without these links in
 * the page's head the browser would learn of the app's chunks a round trip later. With them and the
 * scenario's own link (preload-scenario.ts), the app and the scenario come at once.
 */
export function preloadApp(appModule: string): Plugin {
  return {
    name: 'common-ground:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return html;
        const app = Object.values(context.bundle).find((file): file is OutputChunk => file.type === 'chunk' && file.moduleIds.includes(appModule));
        if (!app) throw new Error(`preload-app: no chunk holds ${appModule}`);
        // Scripts only: a style sheet in the head holds back the entry's run until it arrives, and
        // the app's own sheet is fetched (and waited for) when the entry imports the app.
        const links = [app.fileName, ...staticImports(context.bundle, app)].map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
        const missing = links.filter((link) => !html.includes(link.match(/href="([^"]+)"/)![1]!));
        return html.replace('</head>', `  ${missing.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/** Every chunk the app's chunk imports statically, however deep. */
function staticImports(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): string[] {
  for (const name of chunk.imports) {
    if (seen.has(name)) continue;
    seen.add(name);
    const imported = bundle[name];
    if (imported?.type === 'chunk') staticImports(bundle, imported, seen);
  }
  return [...seen];
}
