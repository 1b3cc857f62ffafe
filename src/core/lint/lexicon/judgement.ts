/**
 * Words that judge a person's character: said of the reader they are blame, said of the new
 * partner they belittle. Lemmas, lower case. Feelings and states ("sad", "tired", "hurt") are
 * not judgements: see FEELINGS, which the valence fallback never reads as one.
 */
import { words } from './words';
import { NEGATIVE_VALENCE_PACKED } from './valence.generated';

/** Nouns that insult: "you're a coward", "he's a loser". */
export const INSULT_NOUNS = words(`
  coward jerk idiot liar cheat cheater loser fool moron creep snake rat pig dog prick dick twat tosser wanker arse ass
  asshole
  arsehole bastard bitch cow witch slag slut whore tramp hypocrite narcissist psycho psychopath sociopath manipulator
  user
  abuser bully fraud fake phony phoney joke clown brat princess diva drama queen snob monster devil demon traitor
  backstabber villain scumbag scum dirtbag douche douchebag tool wimp chicken weakling failure disappointment mess
  disgrace
  embarrassment nightmare headcase nutter lunatic maniac freak weirdo idiot imbecile cretin dimwit halfwit numpty muppet
  plonker
  prat git pillock wally dope dork dummy nobody waste wreck parasite leech gold-digger golddigger player womaniser
  womanizer
  manwhore fuckboy fuckboi dickhead knobhead bellend douchebag deadbeat bum layabout slob hag shrew nag control-freak
  stalker
  gaslighter coward bore drag snake viper rat weasel worm sleaze sleazebag creep pervert perv sicko crook thief robber
  cheapskate
  tightwad miser brute thug savage animal jerkface butthead twit clot berk div melt mug muppet bimbo himbo airhead
  bonehead
  blockhead meathead dipshit shithead shit dumbass jackass smartass know-it-all show-off showoff poser poseur wannabe
  has-been
  hypocrite liar fibber charlatan con conman con-artist fraudster
`);

/** Adjectives that judge character or conduct: "you were so selfish", "she's shallow". */
export const CHARACTER_ADJECTIVES = words(`
  selfish cruel heartless cold callous spineless gutless cowardly pathetic useless worthless hopeless ridiculous stupid
  dumb thick
  dim idiotic foolish childish immature petty spiteful vindictive nasty mean vicious evil wicked toxic abusive
  manipulative
  controlling possessive jealous insecure needy clingy dramatic hysterical crazy mad insane psycho unhinged unstable
  deluded
  delusional arrogant conceited vain shallow superficial fake phony phoney false two-faced disloyal unfaithful dishonest
  untrustworthy sneaky shady deceitful deceptive lying cheating treacherous ungrateful thoughtless inconsiderate
  unreliable lazy useless weak pitiful lame boring dull bland basic plain ugly fat gross disgusting repulsive revolting
  vile
  rude arrogant obnoxious insufferable unbearable impossible difficult unreasonable irrational stubborn pig-headed
  narrow-minded
  judgemental judgmental bitter jaded negative cynical soulless emotionless unfeeling uncaring unkind
  inconsiderate disrespectful dismissive condescending patronising patronizing smug self-righteous self-centred
  self-centered
  self-absorbed egotistical entitled spoilt spoiled greedy stingy embarrassing shameful
  disgraceful despicable contemptible deplorable appalling atrocious monstrous twisted
  weird creepy sleazy slimy sleazy trashy tacky cheap common classless sketchy dodgy immoral irresponsible reckless
  negligent
  hypocritical two-faced backstabbing cowardly gutless weak-willed spineless clueless oblivious ignorant dense daft
  brainless
  mindless senseless gullible naive simple vapid empty-headed airheaded bossy pushy overbearing domineering demanding
  high-maintenance
  fickle flaky unreliable inconsistent cold-hearted hard-hearted stone-cold distant aloof detached closed-off
  emotionally-unavailable
  unavailable noncommittal commitment-phobic flirty promiscuous slutty easy loose
`);

/** Feelings and states: describing them (even of the reader) is sympathy, not a judgement. */
export const FEELINGS = words(`
  sad tired exhausted hurt hurting upset angry mad furious cross annoyed frustrated disappointed sorry worried anxious
  nervous
  scared afraid frightened lonely alone lost confused stressed overwhelmed busy ill sick poorly unwell injured broken
  heartbroken
  devastated shattered grieving bereaved crushed low down depressed miserable unhappy fed-up bored sore wounded betrayed
  ashamed embarrassed guilty jealous homesick drained weary sleepy jetlagged shaken hungover rough struggling bad
  terrible awful
  horrible dreadful unlucky poor bereft numb empty defeated hopeless helpless desperate afraid uncertain unsure doubtful
  torn
  conflicted heartsick distraught distressed troubled pained tense uneasy restless emotional teary tearful weepy
  down-hearted
  downhearted disheartened discouraged dejected despondent glum gloomy blue sorry regretful remorseful apologetic wrong
`);

/** Words with a strong negative valence in VADER's lexicon, for judgements no list above names. */
export const NEGATIVE_VALENCE: ReadonlyMap<string, number> = new Map(
  NEGATIVE_VALENCE_PACKED.split(' ').map((entry) => {
    const colon = entry.lastIndexOf(':');
    return [entry.slice(0, colon), Number(entry.slice(colon + 1)) / 10] as const;
  }),
);

/**
 * Does this word judge a person? A listed insult or character adjective, or (for words no list
 * names) a strongly negative word that is not a feeling, a state or an event.
 */
export function judges(lemma: string, word: string): boolean {
  if (INSULT_NOUNS.has(word) || CHARACTER_ADJECTIVES.has(word)) return true;
  // The word first: "bored" is a feeling even though its lemma, "bore", is an insult.
  if (FEELINGS.has(word)) return false;
  if (INSULT_NOUNS.has(lemma) || CHARACTER_ADJECTIVES.has(lemma)) return true;
  if (FEELINGS.has(lemma) || NOT_JUDGEMENTS.has(lemma)) return false;
  const valence = NEGATIVE_VALENCE.get(word) ?? NEGATIVE_VALENCE.get(lemma);
  return valence !== undefined && valence <= -1.8;
}

/** Strongly negative words that describe what happens to someone, not what they are. */
const NOT_JUDGEMENTS = words(`
  cancer death dead die died dying loss lose lost funeral grief grieve illness disease sick pain hurt hurting injury
  accident
  tragedy tragic crisis disaster fail failed failing fear scared war attack trouble problem problems worry stress
  pressure
  sorry mistake mistakes error wrong fault blame guilt guilty regret shame cry crying tears alone lonely miss missing
  unfair
  fire kill killed killing murder victim abused abandoned rejected neglected betrayed trapped stuck lonely heartbreak
  heartbroken
  divorce divorced breakup split fight fighting argue argument arguments bad badly poor poorly weak ill hospital surgery
  chemo operation struggle struggling bankruptcy unemployed redundant fired debt mess messy hard difficult tough rough
  terrible
  awful horrible dreadful
`);
