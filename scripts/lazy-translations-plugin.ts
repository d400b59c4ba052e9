import type { Plugin } from "esbuild";

/** A table of Ukrainian or Russian words: `strings.uk.ts`, `claimants.ru.ts`, … */
const TRANSLATION = /\.(uk|ru)\.js$/;

/** The lazy locale modules, the one place that keeps the tables. */
const LOCALE_MODULES = /[\\/]src[\\/]embed[\\/]lazy[\\/]locale-(uk|ru)\.ts$/;

/**
 * An esbuild plugin for the progressive snippet's lazy modules: every import of a Ukrainian or
 * Russian table gets `undefined` in its place, except in `src/embed/lazy/locale-uk.ts` and
 * `locale-ru.ts`, which add the tables when a chart first needs that language
 * (src/charts/core/translations.ts). An English page then downloads no word of either.
 */
export function lazyTranslations(): Plugin {
  return {
    name: "lazy-translations",
    setup(b) {
      b.onResolve({ filter: TRANSLATION }, (args) => (LOCALE_MODULES.test(args.importer) ? undefined : { path: args.path, namespace: "left-out-translation" }));
      b.onLoad({ filter: /.*/, namespace: "left-out-translation" }, () => ({ contents: "export default undefined;", loader: "js" }));
    },
  };
}
