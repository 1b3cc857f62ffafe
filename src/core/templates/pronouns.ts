import type { Pronouns } from '../draft/schema';
import type { PronounWords } from './types';

const STANDARD: Record<'he' | 'she' | 'they', PronounWords> = {
  he: {
    subject: 'he',
    object: 'him',
    possessive: 'his',
    possessivePronoun: 'his',
    reflexive: 'himself',
    plural: false,
  },
  she: {
    subject: 'she',
    object: 'her',
    possessive: 'her',
    possessivePronoun: 'hers',
    reflexive: 'herself',
    plural: false,
  },
  they: {
    subject: 'they',
    object: 'them',
    possessive: 'their',
    possessivePronoun: 'theirs',
    reflexive: 'themself',
    plural: true,
  },
};

export function pronounWords(pronouns: Pronouns | 'he' | 'she' | 'they'): PronounWords {
  if (typeof pronouns === 'string') return STANDARD[pronouns];
  return pronouns.kind === 'custom' ? { ...pronouns.set } : STANDARD[pronouns.kind];
}
