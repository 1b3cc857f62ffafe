/**
 * Vite plugin for the main-process build: JSON data files of the named packages are bundled
 * brotli-compressed and unpacked with node:zlib when first imported. wink-nlp's English model is
 * 3.6 MB of JSON that main needs only for spelling advice (the linter runs in the renderer too);
 * compressed it takes about a fifth of that in app.asar (docs/ARCHITECTURE.md, "The installer").
 * The model is read once per process; unpacking it takes a few milliseconds.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

const PREFIX = '\0olive-compressed-json:';
/** Not `.json` at the end, so Vite's own JSON plugin leaves the module alone. */
const SUFFIX = '.compressed.js';

export function compressedJson(packages: readonly string[]): Plugin {
  const inPackage = (path: string): boolean => packages.some((name) => path.includes(`/node_modules/${name}/`));
  return {
    name: 'olive-compressed-json',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.json') || !importer || !inPackage(importer.replaceAll('\\', '/'))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external ? `${PREFIX}${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const json = readFileSync(id.slice(PREFIX.length, -SUFFIX.length));
      JSON.parse(json.toString('utf8')); // a damaged file fails the build, not the app
      const packed = brotliCompressSync(json, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
      });
      return [
        "import { brotliDecompressSync } from 'node:zlib';",
        `export default ` +
          `JSON.parse(brotliDecompressSync(Buffer.from(${JSON.stringify(packed.toString('base64'))}, ` +
          `'base64')).toString('utf8'));`,
      ].join('\n');
    },
  };
}
