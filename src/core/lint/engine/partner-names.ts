/**
 * The new partner's name, read from the text when the writer did not give it: "you're with Jamie",
 * "you and Jo are together", "dating Hugo", "your girlfriend, Amy". With it, "Jamie's a bit of a
 * bore" reads like "she's a bit of a bore". Only capitalised words (or words of a script without
 * capitals) right after such an introduction count, so a friend mentioned in passing ("Kate told
 * me") is not taken for the partner.
 */

/**
 * A name: a capitalised word ("Jamie", "Νίκος", "Nguyễn"), or a word of a script without capitals
 * ("李明", "كريم", "राहुल"), with its combining marks.
 */
const NAME = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]{1,30}|\p{Lo}[\p{Lo}\p{M}]{0,30}`;

/** Introductions of the partner; the name is the capitalised (or caseless) word that follows. */
const INTRODUCED = new RegExp(
  [
    String.raw`\b(?:`,
    // "you're with", "you have been seeing", "you're now engaged to that"
    String.raw`(?:[Yy]ou(?:['’]re| are| were|['’]ve been| have been| being)?(?: now| still| happily)? (?:`,
    'with|seeing|dating|engaged to|married to|married with|marrying|going out with|together with|living with|',
    'moving in with|moved in with|in love with|happy with',
    ')(?: that| this)?)',
    '|(?:[Yy]ou and)',
    String.raw`|(?:saw you\b[^.!?\n]{0,40}? with)`,
    // "dating a guy called", "with some girl named"
    '|(?:(?:going out with|seeing|dating|engaged to|married to|with) (?:a|an|some) ',
    String.raw`[\p{L}-]{2,20} (?:called|named))`,
    '|(?:[Hh]eard about)',
    // "stepping out with", "your engagement to": words no one uses of their own partner
    '|(?:courting|stepping out with|taken up with|engagement to|engagement with|new relationship with)',
    '|(?:[Yy]our (?:new )?(?:girlfriend|boyfriend|partner|wife|husband|fianc[eé]e?),?)',
    String.raw`)\s+(${NAME})`,
  ].join(''),
  'gu',
);
/** "Jo and you are together": the name comes first. */
const NAMED_FIRST = new RegExp(String.raw`(?<![\p{L}\p{M}])(${NAME}) and you (?:are|were|have been|two|both)\b`, 'gu');

/** Capitalised words that are not names, or name someone other than a partner. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'the',
  'a',
  'an',
  'your',
  'you',
  'we',
  'us',
  'our',
  'he',
  'she',
  'they',
  'them',
  'his',
  'her',
  'their',
  'it',
  'this',
  'that',
  'mum',
  'mom',
  'mam',
  'mother',
  'dad',
  'father',
  'mama',
  'papa',
  'gran',
  'grandma',
  'grandpa',
  'granny',
  'nan',
  'nana',
  'god',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'friends',
  'family',
  'work',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'christmas',
]);

/** Lower-cased partner names found in `text` (at most a handful; a name only, never a whole phrase). */
export function inferPartnerNames(text: string): string[] {
  const found: string[] = [];
  if (text.length > 200_000) return found; // A book, not a note: the names would not be the partner's.
  for (const re of [INTRODUCED, NAMED_FIRST]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && found.length < 4; m = re.exec(text)) {
      const name = (m[1] as string).toLowerCase().replace(/['’]s$/, '');
      if (/['’]/.test(name)) continue; // "you and I'm": not a name
      if (name.length >= 2 && !NOT_NAMES.has(name) && !found.includes(name)) found.push(name);
    }
  }
  return found;
}
