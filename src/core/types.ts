/** Vocabulary shared by every part of the core. Kept free of Node and DOM imports. */

export const KINDS = ['message', 'card', 'note', 'letter'] as const;
export type Kind = (typeof KINDS)[number];

export const INTENTS = ['friendship', 'romantic'] as const;
export type Intent = (typeof INTENTS)[number];

/** What mutual friends said about how the recipient is doing (guide step 3). */
export const HEARD = ['new-relationship', 'still-hurt', 'unknown'] as const;
export type Heard = (typeof HEARD)[number];

export const PAPERS = ['letter', 'a4'] as const;
export type Paper = (typeof PAPERS)[number];

export const LAYOUTS = ['quarter-fold', 'half-fold', 'note', 'letter', 'envelope'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The guide's five steps, numbered as in docs/ARCHITECTURE.md, Contracts. */
export type GuideStep = 1 | 2 | 3 | 4 | 5;
