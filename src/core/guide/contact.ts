/**
 * The contact log read against the guide: after a piece goes out, some contact breaks a step
 * (asking whether it arrived, another text during the waiting period, turning up). The writer
 * hears it once, in one kind sentence, never a lecture.
 */
import type { Pronouns } from '../draft/schema';
import { kindNoun } from '../pieces/kinds';
import type { Kind } from '../types';
import { WAIT_DAYS_AFTER_PIECE, speak, type GuideNote } from './index';

export interface LoggedContact {
  at: string;
  direction: 'sent' | 'received';
  channel: 'text' | 'email' | 'call' | 'post' | 'in-person' | 'other';
  /** Set on the entry the app itself logs when a piece is marked as mailed. */
  kind?: Kind;
  note?: string;
}

const DAY_MS = 86_400_000;
/** Words that say the contact was about whether the piece arrived. */
const ASKS_ARRIVAL =
  /\b(arriv\w*|receiv\w*|got (it|my|the)|get (it|my|the)|in the (post|mail)|came through|reach(ed)? you)\b/i;
const CHANNEL_WORD: Record<LoggedContact['channel'], string> = {
  text: 'text',
  email: 'email',
  call: 'call',
  post: 'letter',
  'in-person': 'visit',
  other: 'message',
};

/** The one sentence for a contact that breaks a step, or null when it does not. */
export function contactNote(
  entry: LoggedContact,
  mailed: { date: Date; kind: Kind },
  pronouns?: Pronouns | 'he' | 'she' | 'they',
): GuideNote | null {
  if (entry.direction !== 'sent' || entry.kind !== undefined) return null;
  const at = new Date(entry.at).getTime();
  const after = at - mailed.date.getTime();
  if (!(after >= 0)) return null;
  const piece = kindNoun(mailed.kind);
  const letter = mailed.kind === 'letter';
  if (!letter && after >= WAIT_DAYS_AFTER_PIECE * DAY_MS) return null;
  let note: GuideNote;
  if (ASKS_ARRIVAL.test(entry.note ?? '')) {
    note = {
      step: 2,
      text:
        `Asking whether your ${piece} arrived puts {them} on the spot. It is done now; from here, let the ` +
        `${piece} speak for itself.`,
    };
  } else if (entry.channel === 'in-person') {
    note = {
      step: letter ? 5 : 2,
      text:
        `Turning up while {they} {are} still taking in your ${piece} can feel like pressure, however kindly ` +
        `meant. Give {them} the quiet the ${piece} promised.`,
    };
  } else if (letter) {
    note = {
      step: 5,
      text:
        `After the letter, the guide asks you to wait and do nothing else. That ${CHANNEL_WORD[entry.channel]} ` +
        `is sent; let the next move be {theirs}.`,
    };
  } else {
    note = {
      step: 2,
      text:
        `Another ${CHANNEL_WORD[entry.channel]} so soon after your ${piece} can feel like being hounded. The ` +
        `${piece} asked nothing; let it do its work.`,
    };
  }
  return { step: note.step, text: speak(note.text, pronouns) };
}

/** The sentence for the latest contact that broke a step since the piece went out, if any. */
export function contactReview(
  entries: readonly LoggedContact[],
  mailed: { date: Date; kind: Kind },
  pronouns?: Pronouns | 'he' | 'she' | 'they',
): GuideNote | null {
  const latest = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  for (const entry of latest) {
    const note = contactNote(entry, mailed, pronouns);
    if (note) return note;
  }
  return null;
}

/** When they last reached out after the piece went out (the guide's `reachedOut`), if they did. */
export function lastReachedOut(entries: readonly LoggedContact[], since: Date): Date | undefined {
  const times = entries
    .filter((e) => e.direction === 'received')
    .map((e) => new Date(e.at).getTime())
    .filter((t) => t >= since.getTime());
  return times.length ? new Date(Math.max(...times)) : undefined;
}
