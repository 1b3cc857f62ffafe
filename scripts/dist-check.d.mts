/** Packages the app against a stand-in Electron folder and checks the payload (see dist-check.mjs). */
export function distCheck(options?: { build?: boolean; quiet?: boolean }): Promise<{
  failures: string[];
  asarBytes: number;
  fontBytes: number;
  templateBytes: number;
}>;
export const LIMITS: { asar: number; fonts: number };
