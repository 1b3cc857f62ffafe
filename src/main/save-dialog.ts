/**
 * The Save dialog's answer with its extension, never replacing a file unasked. On Linux the
 * dialog does not add the filter's extension: it asks about overwriting "Card to Sam", and the
 * file written would be "Card to Sam.olive", which it never asked about. So the extension is
 * added here and, when that file exists, the writer is asked. No Electron import: tested in Node.
 */
import { basename } from 'node:path';

export interface SaveDialogSteps {
  /** The system Save dialog, opened at `defaultPath`; null when cancelled. */
  show(defaultPath: string): Promise<string | null>;
  exists(path: string): Promise<boolean>;
  /** "“Card to Sam.olive” already exists. Replace it?"; true to replace. */
  confirmReplace(path: string): Promise<boolean>;
}

/** Declining to replace reopens the dialog; a writer who keeps declining is let go after a few rounds. */
const MAX_ROUNDS = 5;

/** The path to write (ending in `extension`, e.g. ".olive"), or null when the writer cancelled. */
export async function chooseSavePath(
  defaultPath: string,
  extension: string,
  steps: SaveDialogSteps,
): Promise<string | null> {
  let suggestion = defaultPath;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const chosen = await steps.show(suggestion);
    if (!chosen) return null;
    // The dialog itself asked about this very name before answering.
    if (chosen.toLowerCase().endsWith(extension.toLowerCase())) return chosen;
    const withExtension = `${chosen}${extension}`;
    if (!(await steps.exists(withExtension)) || (await steps.confirmReplace(withExtension))) return withExtension;
    suggestion = withExtension;
  }
  return null;
}

/** The question asked before replacing, in the app's words. */
export function replaceQuestion(path: string): { message: string; detail: string; buttons: [string, string] } {
  return {
    message: `“${basename(path)}” already exists. Replace it?`,
    detail: 'Replacing it overwrites what is in that file now.',
    buttons: ['Replace', 'Cancel'],
  };
}
