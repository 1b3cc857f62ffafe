/**
 * Every rule, sorted by id, then the learned rules (which must run last: they speak only where the
 * others have not): the one place a new rule is registered.
 */
import type { Rule } from './rule';
import { hedge } from './rules/ambiguous-intent/hedge';
import { invitation } from './rules/ambiguous-intent/invitation';
import { mismatch } from './rules/ambiguous-intent/mismatch';
import { mixed } from './rules/ambiguous-intent/mixed';
import { unstated } from './rules/ambiguous-intent/unstated';
import { accusation } from './rules/blame/accusation';
import { guiltTrip } from './rules/blame/guilt-trip';
import { insult } from './rules/blame/insult';
import { motive } from './rules/blame/motive';
import { sarcasm } from './rules/blame/sarcasm';
import { tooLong } from './rules/length/too-long';
import { tooShort } from './rules/length/too-short';
import { acknowledgeHurt } from './rules/missing-element/acknowledge-hurt';
import { acknowledgeRelationship } from './rules/missing-element/acknowledge-relationship';
import { wish } from './rules/missing-element/wish';
import { begging } from './rules/needy/begging';
import { closure } from './rules/needy/closure';
import { reassurance } from './rules/needy/reassurance';
import { dependence } from './rules/needy/dependence';
import { sadEmoji } from './rules/needy/sad-emoji';
import { suffering } from './rules/needy/suffering';
import { waiting } from './rules/needy/waiting';
import { belittles } from './rules/new-partner/belittles';
import { predictsFailure } from './rules/new-partner/predicts-failure';
import { refuses } from './rules/new-partner/refuses';
import { remark } from './rules/new-partner/remark';
import { afterSilence } from './rules/pressure/after-silence';
import { checkArrival } from './rules/pressure/check-arrival';
import { checkingUp } from './rules/pressure/checking-up';
import { persistence } from './rules/pressure/persistence';
import { contactRequest } from './rules/pressure/contact-request';
import { deadline } from './rules/pressure/deadline';
import { repeatContact } from './rules/pressure/repeat-contact';
import { replyRequest } from './rules/pressure/reply-request';
import { showingUp } from './rules/pressure/showing-up';
import { compliment } from './rules/romantic/compliment';
import { declaration } from './rules/romantic/declaration';
import { intimacy } from './rules/romantic/intimacy';
import { kisses } from './rules/romantic/kisses';
import { memory } from './rules/romantic/memory';
import { petName } from './rules/romantic/pet-name';
import { reunion } from './rules/romantic/reunion';
import { signOff } from './rules/signature/sign-off';
import { unknownWord } from './rules/spelling/unknown-word';
import { exclamations } from './rules/style/exclamations';
import { shouting } from './rules/style/shouting';
import { textSpeak } from './rules/style/text-speak';
import { LEARNED_RULES } from './rules/learned';

export const RULES: readonly Rule[] = Object.freeze(
  [
    hedge,
    invitation,
    mismatch,
    mixed,
    unstated,
    accusation,
    guiltTrip,
    insult,
    motive,
    sarcasm,
    tooLong,
    tooShort,
    acknowledgeHurt,
    acknowledgeRelationship,
    wish,
    begging,
    closure,
    reassurance,
    dependence,
    sadEmoji,
    suffering,
    waiting,
    belittles,
    predictsFailure,
    refuses,
    remark,
    afterSilence,
    checkArrival,
    checkingUp,
    persistence,
    contactRequest,
    deadline,
    repeatContact,
    replyRequest,
    showingUp,
    compliment,
    declaration,
    intimacy,
    kisses,
    memory,
    petName,
    reunion,
    signOff,
    unknownWord,
    exclamations,
    shouting,
    textSpeak,
  ]
    .sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))
    .concat(LEARNED_RULES),
);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
