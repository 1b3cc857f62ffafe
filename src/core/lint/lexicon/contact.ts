/**
 * Contact, meeting and replying (pressure), and the objects of checking up on someone. Lemmas.
 */
import { words } from './words';

/** Verbs of getting in touch: asked of the reader they are pressure. */
export const CONTACT_VERBS = words(`
  call ring phone text message msg email e-mail write reply respond answer contact dm facetime snap whatsapp inbox ping
  buzz
  talk speak chat meet see visit come pop drop stop swing reach hit tell let explain say hear pick get reconnect skype
  zoom
  return send check
`);

/** Contact verbs that need no object to be an ask: "reply", "write back", "answer". */
export const REPLY_VERBS = words(`reply respond answer write text call ring email message get explain talk`);

/** What the writer asks the reader to reconsider: "think about it", "give us a chance". */
export const CONSIDER_VERBS = words(`think consider reconsider rethink decide forgive give try change`);

/** Meeting up: "grab a coffee", "a pint sometime". */
export const MEETING_NOUNS = words(`
  coffee coffees drink drinks pint pints beer beers wine dinner lunch breakfast brunch meal bite tea cuppa chat catch-up
  catchup
  walk date movie film cinema gig concert walk call phone-call facetime talk conversation meeting visit dance
`);
export const MEETING_VERBS = words(`meet see grab get have go hang catch come visit join do talk chat`);

/** When: "tonight", "this weekend", "sometime". */
export const WHEN_WORDS = words(`
  tonight tomorrow today later sometime soon someday weekend week friday saturday sunday monday tuesday wednesday
  thursday
  morning afternoon evening arvo lunchtime later tmrw tmr tomoz 2nite 2moro
`);

/** Days and hours that turn an offer into an appointment (not "sometime", "someday", "soon"). */
export const APPOINTED = words(`
  tonight tomorrow today friday saturday sunday monday tuesday wednesday thursday morning afternoon evening arvo
  lunchtime tmrw tmr tomoz 2nite 2moro noon midday o'clock oclock pm am
`);

/** Ways to say a deadline has a day: "by Friday", "before the weekend". */
export const DEADLINE_PREPOSITIONS = words(`by before until till within`);

/** Traces a watcher looks at online: "I saw your stories", "I noticed you were online". */
export const WATCHED = words(`
  profile profiles status story stories insta instagram facebook fb twitter tiktok snapchat snap snaps tweets online bio
  grid highlights linkedin strava location socials feed
`);

/** Acts of watching: "I saw", "I noticed", "I checked". */
export const WATCHING_VERBS = words(
  `see notice check look watch spot read stalk drive walk go pass know find scroll view follow`,
);
