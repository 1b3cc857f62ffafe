import type { Paper } from '../../core/types';
import type { Settings } from '../../shared/ipc';

/** Regions where US Letter is the everyday paper; everywhere else uses A4. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'GT',
  'CR',
  'DO',
  'PA',
  'NI',
  'SV',
  'BZ',
]);

/** "en-US", "fr_CA", "es-419" -> the paper most people there buy. */
export function paperForLocale(locale: string): Paper {
  const region = locale.split(/[-_]/).find((part, i) => i > 0 && /^[A-Za-z]{2}$/.test(part));
  return region !== undefined && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

export function defaultSettings(locale: string): Settings {
  return { paper: paperForLocale(locale), foldGuides: true, font: 'serif', senderName: '', theme: 'system' };
}
