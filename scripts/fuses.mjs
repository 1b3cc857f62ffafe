/**
 * electron-builder afterPack hook: flips Electron's fuses in the packaged binary, so the shipped
 * app cannot be turned into a general Node runtime or debugged into:
 *   RunAsNode off (ELECTRON_RUN_AS_NODE ignored), NODE_OPTIONS off, --inspect* off,
 *   embedded asar integrity validation on, app loaded only from app.asar.
 * Runs on the packaging machine only (`npm run dist`), which has the Electron download.
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** The file flipFuses patches: the .app bundle on macOS, the executable elsewhere. */
function binaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`);
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

export default async function afterPack(context) {
  const target = binaryPath(context);
  // electron-builder's Arch enum: 3 is arm64.
  const isAppleSilicon = context.electronPlatformName === 'darwin' && context.arch === 3;
  await flipFuses(target, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: isAppleSilicon,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
  });
  console.log(`  • fuses flipped  file=${target}`);
}
