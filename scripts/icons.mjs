/**
 * The app icon for every platform, made from one drawing (resources/icons/olive-branch.svg):
 * PNGs for Linux (16 to 1024 px), an ICO for Windows and an ICNS for macOS, written to
 * build/icons/ for electron-builder. resvg (as WebAssembly, shipped in its npm package) draws each
 * size from the SVG itself, so small sizes stay sharp; png2icons packs the ICO and ICNS. Nothing is
 * downloaded. Runs before `npm run dist` and `npm run dist:check`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import png2icons from 'png2icons';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SOURCE = join(root, 'resources/icons/olive-branch.svg');
export const ICONS_DIR = join(root, 'build/icons');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export async function makeIcons(out = ICONS_DIR) {
  await initWasm(readFileSync(fileURLToPath(import.meta.resolve('@resvg/resvg-wasm/index_bg.wasm'))));
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  const draw = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
  mkdirSync(join(out, 'png'), { recursive: true });
  for (const size of PNG_SIZES) writeFileSync(join(out, 'png', `${size}x${size}.png`), draw(size));
  const large = draw(1024);
  const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('icons: png2icons could not pack the ICO or ICNS');
  writeFileSync(join(out, 'icon.ico'), ico);
  writeFileSync(join(out, 'icon.icns'), icns);
  writeFileSync(join(out, 'icon.png'), large);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await makeIcons();
  console.log(`icons: ${PNG_SIZES.length} PNGs, icon.ico and icon.icns in ${out}`);
}
