/**
 * Closing phrases before a signature. A card or note is signed with just the name (guide step 2);
 * affectionate closings say far more than that, plain ones a little more.
 */
import type { PhraseList } from './phrase-types';

export const SIGNATURE: PhraseList = {
  affectionate: {
    patterns: [
      '(with|) (all|) (my|our|) (love|luv)',
      'love (always|forever|you|ya|and hugs|and kisses|as always|always and forever|from|x|xx|xo)',
      '(lots|loads|tons|heaps) of love',
      '(much|so much|all the|big|sending) love',
      '(yours|your) (always|forever|ever|only|now and always|for ever|alone)',
      '(forever|always|still|ever|eternally|only) (yours|and always|your|mine|in my heart|thinking of you)',
      '(all|with all) my heart',
      '(xoxo|xo|xx|x|xoxox|hugs|kisses|big hugs|hugs and kisses|love and hugs|hugs and love|smooches|mwah|muah)',
      '(missing|miss) you',
      'your (ex|girl|guy|love|one and only|forever|favourite|favorite|person)',
      'with (all my|) (heart|affection|tenderness|devotion)',
      '(affectionately|fondly|tenderly|devotedly|lovingly)',
      'with (warm|) hugs',
      '(❤|♥|💕|💖|💗|💓|💞|💘|💝|💟|😍|🥰|😘|😚|😙|💋|🌹|<3|💜|💙|💚|💛|🧡|🖤|🤍|❣)',
      '(i|) love you',
      'thinking of you (always|forever)',
      '(warmest|deepest) love',
      'with love',
      'hugs',
      'love (you|ya) (lots|loads|heaps|so much|always|forever|tons)',
      '(loads|lots|tons|heaps) of love and (a|) (big|) (squeeze|hug|hugs|kisses|cuddle|cuddles)',
      'love and (light|hugs|kisses|peace|best wishes|blessings|prayers) (always|forever|)',
      'sending (so much|all my|lots of|loads of|all the|my|big|warm|you|) (love|hugs|kisses|squeezes|cuddles) ' +
        '(your way|to you|$)',
      '(big|huge|warm|tight) (hugs|hug|squeeze|squeezes|kiss|kisses|cuddles)',
      '(in|with) loving (friendship|memory|thoughts|wishes)',
      '(loving|lovingly) (you|always|yours)',
      '(yours|your|always|forever) (till|until|to) the end',
      '(always and forever|now and forever|forever and always|forever and ever)',
      '(un|una|con|mit|avec|tanti|muitos|muchos|grosses|gros|dikke|stor) (abrazo|abrazos|besos|beso|besitos|' +
        'beijos|beijo|bisous|bises|baci|bacio|abbracci|kram|kramar|kusjes|kus|cariño|carinho|amor|liebe|' +
        'herzlicher liebe|liebe grüße|bisous)',
      '(abrazo|abrazos|besos|beso|besitos|beijos|beijo|bisous|bises|baci|abbracci|kram|kramar|kusjes|kus|' +
        'cariño|carinho|amor|liebe|küsse|knuffels|xoxo) (muy fuerte|fuerte|y todo mi cariño|grandes|bisous|$)',
      '(bisous bisous|besos y abrazos|beijos e abraços|todo mi cariño|con cariño|com carinho|con amor|com amor|' +
        'mit liebe|herzliche grüße|liebe grüße|avec amour|con affetto|mit herzlicher liebe|grosses bises|gros ' +
        'bisous)',
      'missing you (every|so|all the|like)',
      // "Miss you lots, Mei", "miss ya loads".
      '(miss|missing) you (lots|loads|heaps|tons|loads and loads|so much|already|like crazy|always|forever|xx|x)',
      // Roles: "your best friend forever", "your biggest fan", "your girl always" (plain "your friend" is not one).
      'your (best|biggest|bestest|number one|no 1|#1|favourite|favorite|fave|only|secret|devoted|loving|adoring|' +
        'loyal|forever|one and only|little|sweet) ' +
        '(friend|friends|mate|fan|girl|boy|guy|gal|bestie|bff|cheerleader|supporter|admirer|person|partner in crime|' +
        'sunshine|buddy|pal|twin|flame|lover|sweetheart|baby|babe) ' +
        '(forever|always|for ever|for life|4 life|forever and ever|forever and always|and always|ever|)',
      // Warm closings in other scripts and languages: with love, kisses, hugs, miss you.
      '(με αγάπη|φιλιά|φιλάκια|σε αγαπώ|مع حبي|مع حبي وقبلاتي|حبي|بحب|爱你|想你|抱抱|亲亲|么么哒|' +
        'प्यार सहित|ढेर सारा प्यार|बहुत प्यार|thương|thương nhiều|yêu|yêu nhiều|nhớ bạn|' +
        'с любовью|целую|обнимаю|sevgilerle|öptüm|całuję|buziaki|z miłością|' +
        '愛してる|ハグ|사랑해|사랑을 담아)',
      '(your|) (girl|boy|guy|gal|person|bestie|bff|best friend|best mate|biggest fan|number one fan) ' +
        '(always|forever|for ever|for life|4 life|forever and ever|forever and always)',
      '(bff|bffs|bestie|besties|best friends forever|best friend forever|bff 4 life|besties 4 life)',
      '(your|) (best friend|best mate|biggest fan|number one fan|bestie|bff)',
      '(lotsa|loadsa|all my|big|much) (love|luv|hugs)',
      '(love|hugs|kisses) and (squeezes|cuddles|smooches)',
      '(peace and love|peace love and hugs)',
      '(hugs|kisses|love) from',
      '(sending|with|big|warm|massive) (hugs|kisses|cuddles|squeezes|love)',
      '(cuddles|squeezes|snuggles|smooches|kisses)',
      // "With respect and affection,", "Thanks and love,": warmth joined to a plain closing.
      '(and|&) (affection|love|hugs|kisses|a hug|a kiss|a big hug|cuddles|forever|always|ever)',
      'from (your|) (best friend|best mate|bestie|bff|biggest fan|number one fan|girl|boy|one and only)',
      '(love|luv) (you|ya) (to the moon and back|more than words|to bits|to pieces|millions)',
      '(forever|always|ever) (your|yours) (friend|pal|mate|buddy|girl|guy|boy|person|bestie)',
      'your (old|) (flame|lover|sweetheart)',
      'your (old|good|true|) (friend|pal|mate|buddy) (always|forever|for ever|for life|4 life|and more)',
      // "With my undying affection,", "All my love always,", "All my love and a thousand kisses,".
      'with (my|all my|) (undying|deepest|eternal|endless|everlasting|fondest|tenderest|boundless) (love|' +
        'affection|devotion|adoration)',
      '(all my|my) love (always|forever|ever|and more|and a thousand kisses|and a million kisses)',
      // "Your Mette, always", "yours across every lifetime".
      'your * (always|forever) $',
      '(yours|your) (across|through|for) (every|all|this and every|all my) (lifetime|lifetimes|life|lives)',
      // Portuguese, Italian, French and Vietnamese closings: "Sempre seu", "tua para sempre", "Thương anh nhiều".
      '(sempre|para sempre|per sempre) (seu|sua|teu|tua|tuo|vostro|vostra)',
      '(seu|sua|teu|tua|tuo) (para sempre|per sempre|sempre)',
      '(beijinhos|beijinho|bacioni|bacione|je t aime|je t embrasse)',
      '(thương|yêu) (anh|em|bạn|con|) (nhiều|lắm|mãi mãi|rất nhiều|)',
    ],
    // "Your friend," is a plain closing, not a claim.
    // "Un abrazo," alone is an everyday Spanish closing, like "Best,".
    except: ['un abrazo'],
    negatable: false,
  },
  plain: {
    patterns: [
      '(best|best wishes|with best wishes|all the best|kind regards|warm regards|best regards|regards|' +
        'sincerely|yours sincerely|yours truly|yours faithfully|cheers|thanks|thank you|many thanks|warmly|warm ' +
        'wishes|warmest wishes|with warm wishes|take care|be well|stay well|wishing you well|wishing you the ' +
        'best|peace|until next time|speak soon|talk soon|see you soon|see you around|your friend|as ever|as ' +
        'always|respectfully|with gratitude|gratefully|all good things|good wishes|kindly|thinking of you|with ' +
        'best wishes and|fondest regards|regards always|keep in touch|stay in touch|take care of yourself)',
      // Blessings and faith's own closings are plain: "God bless,", "Blessings,", "Shalom,".
      '(blessings|many blessings|god bless) (always|to you|and peace)',
      '(god bless|god bless you|blessings|many blessings|with blessings|be blessed|stay blessed|with prayers|' +
        'in prayer|peace be with you|salaam|shalom|namaste|all best|best to you|bye for now|take it easy|' +
        'warmest|with thanks|with respect|with kind regards|with warmest regards|best of luck|good luck)',
      // "Your friend,", "Your old friend,": the writer's plain standing, not a claim.
      'your (old|good|true|) (friend|pal|mate|buddy)',
      // "Yours," alone is the formal closing ("Yours sincerely" shortened); "Yours always," is not.
      '(yours $|un abrazo|un saludo|saludos|cordialmente|atentamente|cordiali saluti|mit freundlichen grüßen|' +
        'viele grüße|cordialement|bien à vous|amitiés)',
    ],
    negatable: false,
  },
};
