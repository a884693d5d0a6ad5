import { gatePattern, mayMatch, type PatternHits, scanPatterns } from './pattern-gate';

/**
 * Hand-written cue patterns, one per learned intent, fed to the intent model as dense features
 * (the number of matches). They carry what a few hundred labelled comments cannot: the wording
 * of requests, grievances, thanks, scams and myths that the training data has not seen. Lower-case
 * input; `g` flag because matches are counted; bounded gaps only.
 */
export const INTENT_CUES = {
  medical_advice_request:
    /should (?:i|we|he|she|they|my)\b|is (?:it|this|that) (?:normal|safe|ok|okay|bad|serious|something)|is it (?:safe|ok|okay) to|can (?:i|he|she|my|we) (?:take|give|eat|drink|use|exercise|fly|still|keep|stop|mix|breastfeed|get)|do (?:i|we|you think i|you think (?:he|she)) (?:need|have to)|does (?:he|she|my|this) need|how (?:much|many|long|often|soon) (?:should|can|until|after|do|is)|what (?:dose|does (?:a|my|this|it) mean|should (?:i|we)|do (?:i|we) do)|(?:wait|worry|worried|go in|be seen|get it checked|see someone|see a doctor|er)\s?\?|or (?:wait|go in|see someone|call)|when should i|am i |could (?:this|it) be|mg\b|dose|symptom|fever|rash|pain|swollen|swelling|bleeding|cough|pills?\b|medication|meds\b|can (?:it|this|that) wait|(?:need|have) to (?:go in|come in|be seen|see someone|get (?:it|this) checked)|is (?:that|this|it) a problem|¿(?:es normal|puedo|debo|debemos|cu[aá]nto)|es normal que|puedo (?:tomar|darle|dar)|debo preocupar/g,
  complaint:
    /waited|waiting|\bwait\b|hours?\b|nobody|no one|never (?:called|came|answered|got)|still (?:waiting|no|haven'?t|hasn'?t)|rude|dismissive|unacceptable|ridiculous|worst|terrible|horrible|awful|disgust|pathetic|joke\b|billed|charged|overcharg|\bbill\b|cancel+ed|lost (?:my|our)|ignored|wrong|why (?:does|do|is|are|did|can'?t|won'?t|would)|how (?:is|does|do) (?:that|this|it|you)|not okay|not ok|be better|do better|disappointed|frustrat|unprofessional|incompetent|filthy|dirty|broken|out of order|🙃|🙄|😡|😤|💔|love (?:that|how|paying)|so glad i got|great job scheduling|pésimo|grosera|nadie|esperando/g,
  praise:
    /thank|thanks|\bty\b|thx|grateful|gracias|amazing|awesome|wonderful|fantastic|excellent|incredible|best\b|\blove (?:this|the|you|it|our|my)|loved (?:your|the|this|it)|kind(?:ness)?\b|compassion|angels?\b|heroes|legend|shout ?out|kudos|props to|bless|five stars|5 stars|10\/10|above and beyond|so helpful|great (?:job|info|article|post|video|team|care|experience)|well done|appreciate|made (?:my|his|her|our) (?:day|week)|excelente|mejores|❤|💙|💜|💕|🙏|👏|🙌|💯|😍|🥹|👍|💐/g,
  service_question:
    /visiting hours|hours\b|open\b|closed\b|parking|park\b|shuttle|directions|entrance|located|where (?:do|is|can|are|'s)|\bwhich (?:entrance|floor|building|door)|appointment|schedul|\bbook\b|referral|insurance|\btake (?:my|our)? ?(?:insurance|medicaid|medicare|aetna|blue cross|united|cigna)|accept|medicaid|medicare|\bbill(?:ing)?\b|pay(?:ment)?\b|itemized|records|copy of|price|cost|how much|hiring|apply|job|volunteer|visit(?:or|ing)?\b|cafeteria|wifi|atm\b|notary|interpreter|chaplain|call (?:me )?back|who do i (?:call|talk|contact)|phone number|sign up|register|portal|do you (?:have|offer|do|take|accept)|is there a|can i (?:bring|get|request|pay|park|visit)|horario|cita|factura|d[oó]nde/g,
  misinformation:
    /\bcures?\b|\bcured\b|causes? (?:autism|cancer|infertil|alzheimer|asthma)|makes? (?:you|girls|women|kids|people) (?:magnetic|infertile|sick|sterile)|don'?t want you to know|won'?t tell you|hiding|cover(?:ing)? up|wake up|big pharma|pharma companies|scam\b|natural immunity|detox|chemtrails|5g|microchip|magnetic|changes? your dna|is it true|heard that|look it up|do your (?:own )?research|poison(?:ing)? our|the truth about|doctors (?:have )?know|instead of (?:chemo|vaccines|insulin|antibiotics)|threw away my|better than (?:any )?(?:vaccine|medicine|chemo|antibiotic)|harmless|proven fact|vacunas? (?:tienen|causan)|cura (?:el|la)/g,
  spam: /https?:\/\/|www\.|\.com\b|\.net\b|\.co\b|\.xyz\b|bit\.ly|link in (?:bio|my|profile)|\bdm (?:me|for|@)|dm me|message (?:me|him|her)|whatsapp|contact (?:him|her|me)|click|follow (?:back|for|me)|subscribe|check out my|my (?:page|channel|profile|podcast|mixtape)|earn|\$\d+ (?:a|per) (?:day|week)|income|crypto|bitcoin|forex|invest|trading|returns|giveaway|giving away|% off|\bcode\b|promo|discount|\bbuy\b|cheap|no prescription|sugar daddy|hot singles|recover(?:y)? (?:expert|funds|account)|hack|followers|gift card|claim now|work from home|selling|for sale|gana dinero/g,
  abuse:
    /idiot|moron|stupid|\bdumb\b|clowns?\b|\btrash\b|garbage|\bjerk|losers?\b|pathetic|useless|\bscum|go to hell|shut up|\bcow\b|\bpigs?\b|f[*u#@]{1,3}c?k|\bf\*{2,}|sh[i*]t\b|b[i*]tch|\bb\*{3,}|asshole|you people|bunch of|greedy|crooks|lazy|fat\b|bigot|hope (?:you|your)|burn(?:s)? down|coming for|watch your|i know where|inútil|idiota|pendej|basura/g,
} as const;

/**
 * The same patterns anchored at word starts (the engine then skips mid-word positions), with
 * emoji cues, which have no word boundary, split into their own alternative.
 */
const WORD_START_CUES = Object.values(INTENT_CUES).map((pattern) => {
  const parts = splitTopLevel(pattern.source);
  const isEmoji = (part: string): boolean => /^\P{ASCII}+$/u.test(part) && !/\p{L}/u.test(part);
  const words = parts.filter((part) => !isEmoji(part));
  const emoji = parts.filter(isEmoji);
  const source = `\\b(?:${words.join('|')})${emoji.length > 0 ? `|${emoji.join('|')}` : ''}`;
  return new RegExp(source, 'gu');
});
const WORD_START_GATES = WORD_START_CUES.map(gatePattern);

/** Splits a pattern source at the `|` that are not inside a group or a character class. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let isInClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    if (character === '\\') {
      index++;
    } else if (isInClass) {
      isInClass = character !== ']';
    } else if (character === '[') {
      isInClass = true;
    } else if (character === '(') {
      depth++;
    } else if (character === ')') {
      depth--;
    } else if (character === '|' && depth === 0) {
      parts.push(source.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

export type CuedIntent = keyof typeof INTENT_CUES;

/**
 * How many times each intent's cues match, capped at 3 and scaled to [0, 1].
 *
 * @example countIntentCues('thank you so much, amazing team') // -> { praise: 0.67, ... }
 */
export function countIntentCues(lower: string, hits: PatternHits = scanPatterns(lower)): number[] {
  return WORD_START_CUES.map((pattern, index) => {
    if (!mayMatch(hits, WORD_START_GATES[index], lower)) {
      return 0;
    }
    pattern.lastIndex = 0;
    let count = 0;
    while (count < 3 && pattern.exec(lower) !== null) {
      count++;
    }
    return count / 3;
  });
}
