import type { Pronouns } from '../draft/schema';
import { pronounWords } from '../templates/pronouns';
import { tooManyUnanswered } from '../pieces/kinds';
import type { GuideStep, Heard, Intent, Kind } from '../types';

/**
 * The guide's five steps (docs/ARCHITECTURE.md, Contracts) as a pure function: from where the
 * writer stands to the piece worth writing next, why (each reason cites its step), and what to
 * avoid. No I/O; `now` is passed in.
 */

export { MANY_UNANSWERED } from '../pieces/kinds';
/** After a card, note or message is posted, give it this long before anything else. */
export const WAIT_DAYS_AFTER_PIECE = 30;

/** A piece to write, `wait` (nothing now), or `answer` (they reached out: answer them warmly). */
export type PieceKind = Kind | 'wait' | 'answer';

export interface GuideInput {
  unanswered: number;
  heard: Heard;
  want: Intent;
  /** When the last piece went out, and which kind it was (a letter means: wait, for good). */
  mailed?: { date: Date; kind?: Kind };
  now?: Date;
  /** The recipient's pronouns, so the advice speaks of them as the writer does. Default they/them. */
  pronouns?: Pronouns | 'he' | 'she' | 'they';
  /** When they last reached out to the writer (a text, a call, a letter of their own). */
  reachedOut?: Date;
}

export interface GuideNote {
  step: GuideStep;
  text: string;
}

export interface GuideSuggestion {
  kind: PieceKind;
  step: GuideStep;
  /** Ids of bundled templates that fit, best first. */
  templates: string[];
  /** Shown when the writer picks this instead of the recommendation. */
  caution?: string;
}

export interface GuideResult {
  recommendation: GuideSuggestion;
  alternatives: GuideSuggestion[];
  reasons: GuideNote[];
  cautions: GuideNote[];
  /** Days since the last piece was mailed, when one was. */
  daysSinceMailed?: number;
  /** Days left in the waiting period, when in one. */
  waitDaysLeft?: number;
}

/** Template ids the guide points to; the bundled templates use exactly these. */
export const GUIDE_TEMPLATES = {
  message: ['message-text', 'message-email'],
  card: ['card-thinking-of-you', 'card-warm-memory', 'card-light-news'],
  note: ['note-movie-passes'],
  letter: { friendship: ['letter-friendship'], romantic: ['letter-romantic'] },
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

const CAUTION = {
  noCheck: { step: 2, text: 'Once it is in the post, do not call or text to ask whether it arrived.' },
  askFriends: {
    step: 3,
    text: 'Meanwhile, quietly ask a mutual friend how things are with {them}: that tells you which piece comes next.',
  },
  noCasual: {
    step: 5,
    text:
      'No casual, easy contact ("call me", "let\'s grab a coffee"): it asks for something {they} may not be ' +
      'ready to give.',
  },
  thenWait: { step: 5, text: 'After the letter is mailed, wait and do nothing else. The next move is {theirs}.' },
  respect: {
    step: 4,
    text:
      'Respect the new relationship: the note is about friendship only, and the passes are for {them} and ' +
      '{their} partner to enjoy.',
  },
  friendshipCard: {
    step: 2,
    text: 'Keep the card about friendship: nothing romantic, nothing needy, signed with just your name.',
  },
} satisfies Record<string, GuideNote>;

/** "today", "yesterday", "12 days ago". */
export function whenAgo(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

function days(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

function suggestion(kind: PieceKind, step: GuideStep, want: Intent, caution?: string): GuideSuggestion {
  let templates: string[];
  switch (kind) {
    case 'letter':
      templates = [...GUIDE_TEMPLATES.letter[want]];
      break;
    case 'wait':
    case 'answer':
      templates = [];
      break;
    default:
      templates = [...GUIDE_TEMPLATES[kind]];
  }
  return caution === undefined ? { kind, step, templates } : { kind, step, templates, caution };
}

/** They reached out: the advice turns from waiting to answering, warmly and at their pace. */
function answerResult(input: GuideInput, now: Date): GuideResult | undefined {
  const { reachedOut, mailed } = input;
  if (!reachedOut || (mailed && reachedOut.getTime() < mailed.date.getTime())) return undefined;
  const step: GuideStep = mailed?.kind === 'letter' ? 5 : mailed?.kind === 'note' ? 4 : 2;
  return {
    recommendation: suggestion('answer', step, input.want),
    alternatives: [],
    reasons: [
      {
        step,
        text:
          `{They} reached out ${whenAgo(days(reachedOut, now))}. That is the door opening: answer warmly and ` +
          `simply, in the same way {they} wrote to you.`,
      },
      { step, text: 'Thank {them}, share a little of your news, and let {them} set how much and how often you talk.' },
    ],
    cautions: [
      {
        step,
        text: 'Keep it light: no pouring out of feelings, no going over the past, no plans {they} did not ask for.',
      },
      ...(input.want === 'romantic' && input.heard !== 'new-relationship'
        ? [
            {
              step: 5 as const,
              text:
                'If romance is what you hope for, let friendship come first; say so only if {they} ask, or once ' +
                'you talk again.',
            },
          ]
        : []),
      { step: 5, text: 'If {they} suggest meeting, say yes simply. If not, do not push: answering is enough for now.' },
    ],
    ...(mailed ? { daysSinceMailed: days(mailed.date, now) } : {}),
  };
}

/** After a card or message, news from friends points to the next piece (guide steps 4 and 5). */
function newsResult(input: GuideInput, since: number, left: number): GuideResult | undefined {
  const kind = input.mailed?.kind;
  if (input.heard === 'unknown' || kind === 'letter') return undefined;
  if (input.heard === 'new-relationship' && kind === 'note') {
    return {
      recommendation: suggestion('wait', 4, input.want),
      alternatives: [],
      reasons: [
        {
          step: 4,
          text:
            `Your note went out ${whenAgo(since)}. It said what needed saying: you know, you are glad for ` +
            `{them}, and you would like the friendship back.`,
        },
      ],
      cautions: [
        CAUTION.respect,
        CAUTION.noCheck,
        { step: 4, text: 'The next move is {theirs}. Let {them} enjoy the film.' },
      ],
      daysSinceMailed: since,
      ...(left > 0 ? { waitDaysLeft: left } : {}),
    };
  }
  const what = kind ?? 'piece';
  const next: { kind: Kind; step: GuideStep; reason: string; piece: string } =
    input.heard === 'new-relationship'
      ? {
          kind: 'note',
          step: 4,
          reason:
            'Friends say {they} {are} in a new relationship and happy. The next piece is the note with two ' +
            'movie passes: it says you know, and are glad for {them}.',
          piece: 'note',
        }
      : {
          kind: 'letter',
          step: 5,
          reason:
            'Friends say {they} {are} still hurt. The next piece is one heartfelt letter that acknowledges the ' +
            'hurt you caused.',
          piece: 'letter',
        };
  const timing: GuideNote =
    left > 0
      ? {
          step: 2,
          text:
            `Your ${what} went out ${whenAgo(since)}. Post the ${next.piece} after about ${left} more ` +
            `day${left === 1 ? '' : 's'}, so it does not crowd the ${what}.`,
        }
      : { step: 2, text: `Your ${what} went out ${whenAgo(since)}: it has had time to arrive and be read.` };
  return {
    recommendation: suggestion(next.kind, next.step, next.kind === 'note' ? 'friendship' : input.want),
    alternatives: [],
    reasons: [{ step: next.step, text: next.reason }, timing],
    cautions: next.kind === 'note' ? [CAUTION.respect, CAUTION.noCheck] : [CAUTION.noCasual, CAUTION.thenWait],
    daysSinceMailed: since,
    ...(left > 0 ? { waitDaysLeft: left } : {}),
  };
}

function waitingResult(input: GuideInput, now: Date): GuideResult | undefined {
  if (!input.mailed) return undefined;
  const since = days(input.mailed.date, now);
  const kind = input.mailed.kind;
  const news = newsResult(input, since, Math.max(0, WAIT_DAYS_AFTER_PIECE - since));
  if (news) return news;
  if (kind === 'letter') {
    return {
      recommendation: suggestion('wait', 5, input.want),
      alternatives: [],
      reasons: [
        {
          step: 5,
          text: `Your letter went out ${whenAgo(since)}. It said what needed saying; anything more now would undo it.`,
        },
      ],
      cautions: [CAUTION.thenWait, CAUTION.noCasual, CAUTION.noCheck],
      daysSinceMailed: since,
    };
  }
  if (since < WAIT_DAYS_AFTER_PIECE) {
    const left = WAIT_DAYS_AFTER_PIECE - since;
    const what = kind ?? 'piece';
    return {
      recommendation: suggestion('wait', kind === 'note' ? 4 : 2, input.want),
      alternatives: [],
      reasons: [
        {
          step: 2,
          text:
            `Your ${what} went out ${whenAgo(since)}. Give it time to arrive and be read: about ${left} more ` +
            `day${left === 1 ? '' : 's'} before any other step.`,
        },
      ],
      cautions: [CAUTION.noCheck, CAUTION.askFriends, CAUTION.noCasual],
      daysSinceMailed: since,
      waitDaysLeft: left,
    };
  }
  return undefined;
}

/** Fills {they}, {They}, {them}, {their}, {theirs} and {are} with the recipient's pronouns. */
export function speak(text: string, pronouns: GuideInput['pronouns']): string {
  const p = pronounWords(pronouns ?? 'they');
  const words: Record<string, string> = {
    they: p.subject,
    them: p.object,
    their: p.possessive,
    theirs: p.possessivePronoun,
    are: p.plural ? 'are' : 'is',
  };
  const said = (key: string) => words[key] ?? key;
  return text.replace(/\{(they|them|their|theirs|are|They)\}/g, (_, key: string) =>
    key === 'They' ? said('they').charAt(0).toLocaleUpperCase() + said('they').slice(1) : said(key),
  );
}

export function recommend(input: GuideInput): GuideResult {
  const result = decide(input);
  const say = (note: GuideNote): GuideNote => ({ step: note.step, text: speak(note.text, input.pronouns) });
  return {
    ...result,
    alternatives: result.alternatives.map((a) =>
      a.caution === undefined ? a : { ...a, caution: speak(a.caution, input.pronouns) },
    ),
    reasons: result.reasons.map(say),
    cautions: result.cautions.map(say),
  };
}

function decide(input: GuideInput): GuideResult {
  const now = input.now ?? new Date();
  const waiting = answerResult(input, now) ?? waitingResult(input, now);
  if (waiting) return waiting;

  const sinceMailed = input.mailed ? days(input.mailed.date, now) : undefined;
  const extra = sinceMailed === undefined ? {} : { daysSinceMailed: sinceMailed };
  const many = tooManyUnanswered(input.unanswered);
  const { want } = input;

  if (input.heard === 'new-relationship') {
    const reasons: GuideNote[] = [
      {
        step: 4,
        text:
          'Friends say {they} {are} in a new relationship. A short note that says you know, and are fine with ' +
          'it, shows respect.',
      },
      {
        step: 4,
        text:
          'Two movie passes, for {them} and {their} partner, make your good wishes concrete; the note says you ' +
          'want only the friendship back.',
      },
    ];
    if (want === 'romantic') {
      reasons.push({
        step: 4,
        text:
          'You hoped for more than friendship, but while {they} {are} with someone else, only friendship is ' +
          'yours to offer.',
      });
    }
    return {
      recommendation: suggestion('note', 4, 'friendship'),
      alternatives: [
        suggestion(
          'card',
          2,
          'friendship',
          'A card is gentler than nothing, but it does not acknowledge the new relationship the way the note does.',
        ),
      ],
      reasons,
      cautions: [
        CAUTION.respect,
        CAUTION.noCheck,
        { step: 4, text: 'Never hint that the relationship might not last, and never belittle {their} partner.' },
      ],
      ...extra,
    };
  }

  if (input.heard === 'still-hurt') {
    return {
      recommendation: suggestion('letter', 5, want),
      alternatives: [],
      reasons: [
        {
          step: 5,
          text: 'Friends say {they} {are} still hurt. One heartfelt letter can reach where a quick message cannot.',
        },
        {
          step: 5,
          text:
            'The letter acknowledges the hurt you caused, says you want {them} back in your life, and is plain ' +
            'about whether you mean as a friend or as a partner.',
        },
        ...(many
          ? [
              {
                step: 1 as const,
                text:
                  `${input.unanswered} messages already went unanswered; more of those would feel like being ` +
                  `hounded.`,
              },
            ]
          : []),
      ],
      cautions: [
        CAUTION.noCasual,
        CAUTION.thenWait,
        { step: 5, text: 'Do not ask for a reply. Leave the door open and let it be.' },
      ],
      ...extra,
    };
  }

  // Nothing heard yet.
  if (sinceMailed !== undefined) {
    return {
      recommendation: suggestion('wait', 3, want),
      alternatives: [],
      reasons: [
        {
          step: 3,
          text:
            `Your last piece went out ${whenAgo(sinceMailed)}. Before anything more, ask mutual friends how ` +
            `{they} {are}: in a new relationship and happy, or still hurt.`,
        },
      ],
      cautions: [CAUTION.askFriends, CAUTION.noCheck, CAUTION.noCasual],
      ...extra,
    };
  }
  if (input.unanswered === 0) {
    return {
      recommendation: suggestion('message', 1, want),
      alternatives: [suggestion('card', 2, 'friendship')],
      reasons: [
        { step: 1, text: 'Nothing has gone unanswered yet, so a short, light text or email is a fine first try.' },
        { step: 1, text: 'Keep it about {them}, with no question that needs an answer.' },
      ],
      cautions: [
        {
          step: 1,
          text: 'If it goes unanswered, do not follow it with more messages; a card by post is the next step.',
        },
        CAUTION.askFriends,
      ],
      ...extra,
    };
  }
  const reasons: GuideNote[] = many
    ? [
        {
          step: 1,
          text:
            `${input.unanswered} texts, emails or calls already went unanswered. More digital contact would feel ` +
            `like being hounded, so skip it entirely.`,
        },
        {
          step: 2,
          text: 'A friendship card by post is different: it asks nothing, and can be read whenever {they} {are} ready.',
        },
      ]
    : [
        {
          step: 1,
          text:
            `Your message${input.unanswered === 1 ? '' : 's'} went unanswered. Rather than another, try ` +
            `something slower and gentler.`,
        },
        { step: 2, text: 'A friendship card by post asks nothing and can be read whenever {they} {are} ready.' },
      ];
  if (want === 'romantic')
    reasons.push({
      step: 2,
      text: 'Even though you hope for more, the card stays about friendship; that is what makes it safe to receive.',
    });
  const alternatives = many
    ? []
    : [
        suggestion(
          'message',
          1,
          want,
          'One short message at most; if it also goes unanswered, stop messaging and send the card.',
        ),
      ];
  return {
    recommendation: suggestion('card', 2, 'friendship'),
    alternatives,
    reasons,
    cautions: [CAUTION.friendshipCard, CAUTION.noCheck, CAUTION.askFriends],
    ...extra,
  };
}
