/**
 * Acts between two people: what "you did to me" (blame when the reader did it, acknowledgement
 * when the writer owns it), looks and irreplaceability (romantic), and people (who the partner is).
 */
import { words } from './words';

/** Harm done to someone: "you ignored me", "I let you down". Lemmas of the main verb. */
export const HARM_VERBS = words(`
  hurt wound betray abandon ignore neglect humiliate embarrass belittle mock ridicule insult disrespect manipulate use
  exploit
  lie cheat deceive trick fool mislead gaslight ghost dump ditch drop discard dismiss reject replace forget blank block
  ruin
  destroy wreck break crush shatter devastate torment hound pressure guilt blame accuse judge criticise criticize
  control
  smother suffocate push shut cut leave desert treat string lead play waste throw toss chuck bin trash scapegoat let
  fail
  disappoint dishonour dishonor cross stab backstab two-time undermine patronise patronize condescend shout yell scream
  snap
  hit hurt punish torture turn set wrong
`);

/** Harms the reader "just did to me": these need "me", "us" or what we had as their object. */
export const HARM_OBJECTS = words(`me us myself everything it this what we our my all`);

/** Purposes put on the reader: "you did it to hurt me", "just to spite me". */
export const SPITE_VERBS = words(`
  hurt spite punish upset humiliate annoy hurt get torment wind provoke embarrass shame destroy break crush test teach
`);

/** Looks: said to a friend's face in a friendship piece they are romantic. */
export const LOOKS_ADJECTIVES = words(`
  handsome beautiful gorgeous pretty cute hot sexy stunning attractive fit fine irresistible dashing foxy adorable
  lovely
  breathtaking ravishing hunky buff fit sexy dreamy striking radiant glowing babe bae smoking smokin peng lush
`);

/** Parts of the body a compliment lingers on: "your eyes", "your smile". */
export const BODY_NOUNS = words(`
  eyes eye smile lips lip body hair legs arms skin face mouth curls freckles dimples shoulders chest abs figure bum butt
  neck
  kiss kisses touch scent
`);

/** Nouns for a romantic partner: "your new girlfriend", "the new guy". */
export const PARTNER_NOUNS = words(`
  girlfriend boyfriend partner wife husband man woman guy girl bloke fella lady missus fiance fiancee fiancé fiancée bf
  gf
  boo squeeze beau flame date other-half other half bride groom spouse lover someone one sweetheart chick dude mrs mr
  hubby wifey toyboy sugar-daddy
`);

/** Feelings for the writer the reader may be asked about: "do you miss me", "did you ever love me". */
export const ATTACHMENT_VERBS = words(`
  miss love care think dream regret remember want need wonder feel mean matter hate forget
`);
