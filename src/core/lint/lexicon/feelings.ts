/**
 * The writer's suffering and dependence (needy), and what ties it to the reader. Lemmas.
 */
import { words } from './words';

/** States of the writer that, told to an ex, ask to be rescued: "I'm so empty", "I feel lost". */
export const SUFFERING_STATES = words(`
  empty hollow lost broken shattered devastated heartbroken wrecked destroyed miserable lonely numb desperate hopeless
  helpless
  depressed suicidal dead dying crushed gutted bereft desolate wretched inconsolable distraught lifeless incomplete
  unwhole
  nothing nobody worthless pointless meaningless mess wreck shell ghost zombie husk disaster basket-case trainwreck
  drowning suffocating sinking spiralling spiraling unravelling unraveling crumbling falling struggling suffering
  grieving
  aching hurting bleeding breaking dying lost alone abandoned adrift heartsick lovesick pining sleepless restless
  haunted
  tormented
`);

/** What a writer cannot do any more: "I can't eat", "I haven't slept properly". */
export const BASIC_NEEDS = words(`eat sleep breathe function focus concentrate cope smile laugh rest relax survive`);

/** Verbs of suffering with the writer as subject: "I cry every night", "I'm falling apart". */
export const SUFFERING_VERBS = words(`
  cry sob weep bawl ache hurt bleed break crumble shatter drown suffocate die suffer struggle fall unravel spiral sink
  wither
  waste rot collapse scream pine mourn grieve wallow starve
`);

/** Things of the writer's life that can be said to have emptied: "the days feel empty". */
export const LIFE_NOUNS = words(`
  day days night nights morning mornings evening evenings weekend weekends week weeks life world house home flat
  apartment
  place room bed bedroom kitchen sofa couch table everything heart soul time hours silence quiet evenings sundays sunday
  christmas holidays future
`);

/** Descriptions of an emptied life: "the flat is so quiet", "my life is pointless". */
export const EMPTIED = words(`
  empty hollow quiet silent grey gray dark bleak cold pointless meaningless colourless colorless dull lifeless lonely
  unbearable
  endless long sad strange wrong incomplete meaningless miserable awful unliveable unlivable torture hell nothing hard
`);

/** Words that tie a feeling to the reader or the breakup: "since you left", "without you". */
export const TIES_TO_READER = words(`
  you your u ur us breakup break-up split leaving left went gone goodbye ended divorce
`);

/** Time words that make a state a condition: "in weeks", "every night", "any more". */
export const ENDURING = words(`
  weeks months days nights night every always anymore constantly forever still since properly ages years
`);

/** Remorse is not neediness: "I feel terrible about what I did". */
export const REMORSE = words(`
  terrible awful guilty ashamed sorry bad horrible dreadful regretful remorseful responsible wrong
`);
