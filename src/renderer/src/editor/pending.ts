/**
 * Text typed but not yet reported to the draft (editors report once typing pauses). Kept apart
 * from the editor so the start-up bundle can flush it without loading CodeMirror.
 */
const pendingEdits = new Set<() => void>();

export function addPendingEdits(flush: () => void): () => void {
  pendingEdits.add(flush);
  return () => pendingEdits.delete(flush);
}

/** Reports every editor's pending text now: before saving, exporting or closing. */
export function flushPendingEdits(): void {
  for (const flush of [...pendingEdits]) flush();
}

/** Keys are landing: background work (the preview's drawing) steps aside until the next pause. */
const typingListeners = new Set<() => void>();

export function onTyping(listener: () => void): () => void {
  typingListeners.add(listener);
  return () => typingListeners.delete(listener);
}

export function typed(): void {
  for (const listener of typingListeners) listener();
}
