// Takes the print fonts listed in resources/fonts/fetched.json from their npm packages: `npm pack`
// downloads each pinned tarball (npm checks its integrity), only the one TTF and its licence are
// extracted, and the TTF's sha256 is checked. Fonts already in place with the right hash are kept,
// so this is quick after the first run. Runs in `prepare`; `npm run fonts` runs it alone.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const fontsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'fonts');
const { fonts } = JSON.parse(readFileSync(join(fontsDir, 'fetched.json'), 'utf8'));

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The files of a ustar archive, by name (npm tarballs hold regular files under package/). */
function untar(tar) {
  const files = new Map();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (name === '') break;
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
    const full = prefix ? `${prefix}/${name}` : name;
    files.set(full, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const missing = fonts.filter(
  (f) => !existsSync(join(fontsDir, f.file)) || sha256(readFileSync(join(fontsDir, f.file))) !== f.sha256,
);
if (missing.length > 0) {
  const work = mkdtempSync(join(tmpdir(), 'olive-fonts-'));
  try {
    for (const font of missing) {
      const spec = `${font.package}@${font.version}`;
      const out = execFileSync(npm, ['pack', spec, '--silent', '--pack-destination', work], {
        encoding: 'utf8',
        shell: process.platform === 'win32',
      });
      const tgz = join(work, out.trim().split('\n').pop());
      const files = untar(gunzipSync(readFileSync(tgz)));
      const ttf = files.get(`package/${font.path}`);
      const licence = files.get('package/LICENSE_FONT');
      if (!ttf) throw new Error(`${spec} has no ${font.path}`);
      if (sha256(ttf) !== font.sha256) throw new Error(`${spec}: ${font.path} is not the pinned font (sha256 differs)`);
      mkdirSync(fontsDir, { recursive: true });
      writeFileSync(join(fontsDir, font.file), ttf);
      if (licence) writeFileSync(join(fontsDir, font.licence), licence);
      rmSync(tgz);
      process.stdout.write(`fonts: ${font.file} (${(ttf.length / 1e6).toFixed(2)} MB) from ${spec}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
