/** The Electron executable, or undefined when it is not installed (see electron-binary.mjs). */
export function findElectronBinary(env?: NodeJS.ProcessEnv, from?: string): string | undefined;
export const MISSING_ELECTRON: string;
