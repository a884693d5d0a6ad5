/**
 * Small patterns that feed the intent model as dense features and back up its decisions where
 * hand-labelled data is thin. Lower-case input; bounded repetition only.
 */
/** The comment asks something: a question mark anywhere, or a question word first. */
export const QUESTION =
  /\?|¿|^(?:how|what|when|where|why|who|which|is|are|do|does|did|can|could|should|would|will|any|anyone)\b/;

/** A link, a bare domain, a handle or an invitation to message: spam carries one. */
export const LINK =
  /\b(?:https?:\/\/|www\.|[a-z0-9-]{2,40}\.(?:com|net|org|co|io|ly|xyz|shop|site|online|app|link)\b|link in (?:bio|my|profile)|dm (?:me|for)|whatsapp)|@[a-z0-9_]{2,30}/;

/**
 * A comment made only of positive reaction emoji ("👍", "💯💯") is praise by the labelling rules.
 * Non-emoji characters (other than spaces and variation selectors) disqualify it.
 */
export const REACTION_ONLY = new RegExp(
  `^${joiners()}(?:(?:${[
    '👍',
    '👏',
    '💯',
    '🙌',
    '❤',
    '💙',
    '💜',
    '💚',
    '💛',
    '🧡',
    '🤍',
    '💗',
    '💖',
    '💕',
    '🙏',
    '🔥',
    '😍',
    '🥰',
    '🥹',
    '👌',
    '⭐',
    '🌟',
    '✨',
    '🎉',
    '💪',
    '😊',
  ].join('|')})${joiners()}){1,20}$`,
  'u',
);

/** Whitespace, variation selectors, zero-width joiners and skin tones between emoji. */
function joiners(): string {
  return String.raw`(?:\s|\u{FE0F}|\u{200D}|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF})*`;
}

/**
 * Affection emoji (hearts, heart eyes, "holding back tears"): praise wherever they appear, unless
 * the comment is a complaint, spam, abuse, a myth or a crisis. Unlike 👏 or 🙌 they are almost
 * never sarcastic ("The new suites are 😍 is there a tour?" is praise and a question).
 */
// No `u` flag: each emoji matches as its literal UTF-16 sequence, which is faster.
export const LOVE_EMOJI = /😍|🥰|❤|💙|💜|💚|💛|🧡|🤍|💗|💖|🥹/;

/** Threats against staff or the hospital: abuse, and high urgency by the labelling rules. */
export const THREAT =
  /\b(?:coming for (?:you|every|all)|(?:i'?m|i am|gonna|going to) (?:find|hurt|kill|get|shoot|make)[^.?!]{0,40}(?:pay|you|her|him|them|lesson)|burn[^.?!]{0,30}\bdown|watch (?:your|ur) backs?|i know where [^.?!]{0,20}lives?|\bshoot (?:up|you|this|every)|\bbomb\b|kill (?:you|every|all of)|hope (?:you|your|it|the)[^.?!]{0,40}(?:die|dies|burn|burns|rot)|see what happens|teach (?:her|him|you|them) a lesson|better hope i don'?t|(?:you'?ll|you will) (?:pay|regret|see me (?:in|at|outside))|make (?:you|every one of you|all of you) pay|make sure (?:you|every one of you|all of you|y'?all) (?:all )?(?:pay|regret)|i know (?:what car|where (?:you|your|he|she|they) (?:park|live|work))|waiting (?:for you )?(?:in|at) (?:the|your) parking|te voy a (?:matar|buscar))/;

/** Insults and slurs aimed at people: abuse by the labelling rules, whatever the model says. */
export const INSULT =
  /\b(?:idiots?|morons?|clowns?|imbeciles?|losers?|scum|crooks|jerks?|witch|bitch|b\*{3,}|assholes?|dumbass|pigs|(?:you(?:'re| are)?|are|is|be|such|absolute|total|complete|utter|pure|literal) trash|trash (?:hospital|doctors?|nurses?|staff|people|humans?|service|place)|bunch of (?:idiots|morons|clowns|overpaid|greedy|money hungry|vultures|crooks|liars|thieves)|vultures|parasites|leeches|lying thieves|brain ?dead|a disgrace|you people are|f[*u#@]{1,3}c?k (?:you|this|off|all)|f\*{2,} (?:you|this|off)|go to hell|shut up|in[uú]til|idiota|imb[eé]cil|pendej)\b/;

/**
 * A question about a medicine decision for a particular person ("should he skip tonight's
 * warfarin?", "can I take ibuprofen with my meds?"): an advice request by the labelling rules,
 * whatever the model says. The verb must be a dosing decision and a medicine must follow closely,
 * so "can I pick up my mom's meds?" (a service question) does not match.
 */
export const MEDICATION_QUESTION =
  /\b(?:should|can|could|do|does|is it (?:ok|okay|safe|fine) (?:for|to)) (?:i|he|she|we|they|my (?:\w+ )?\w+|(?:him|her|them|me) to)? ?(?:still |just )?(?:take|skip|stop|double|give|keep taking|mix|start|restart|crush|split|increase|lower|up) [^.?!]{0,50}\b(?:pills?|doses?|meds|medications?|medicines?|tablets?|tylenol|ibuprofen|motrin|advil|aspirin|benadryl|zyrtec|claritin|antibiotics?|amoxicillin|warfarin|coumadin|eliquis|insulin|metformin|prednisone|melatonin|inhaler|epi ?pen|birth control|antacids?|\d+ ?mg)\b/;

/**
 * Worry or distress in an advice request: by the labelling rules a worried request is negative,
 * a calm one neutral, whatever symptom words it carries ("is it normal my incision is red?").
 * Asking "should I be worried?" is calm; saying "I'm so worried" is not.
 */
export const DISTRESS =
  /(?:i'?m|i am|we'?re|we are|so|really|very|super|getting|been|feel|feeling|is|are) (?:so |really |very |super |a bit |a little |kind of |kinda |getting )?(?:worried|scared|terrified|anxious|nervous|frightened|freaking|panick|desperate|upset)|worried sick|freaking out|losing my mind|can'?t sleep|in tears|\bcrying|please help|help me|unbearable|excruciating|agony|killing (?:me|her|him)|so much pain|severe|horrible|awful|terrible|getting worse|worse and worse|hospice|terminal|stage (?:3|4|iv|three|four)|dying|\blumps?\b|cruel|!!|😢|😭|😰|😟|😔|😩|🥺|preocupad|miedo|asustad|desesperad/;

/** Thanks and shout-outs (English and Spanish), a cue of positive tone in hospital comments. */
export const THANKS =
  /\b(?:thank|thanks|thankful|thx|ty|tysm|grateful|gratitude|gracias|agradecid[oa]s?|appreciat(?:e|ed|ion)|kudos|shout ?outs?|props to|bless (?:you|them|her|him))\b/;

/** Harm or concrete safety risk in a complaint (raises urgency to high). */
export const HARM =
  /\bfell\b|\bfall(?:en)?\b(?! behind| asleep)|broken (?:wrist|hip|arm|leg|bone|rib)|wrong (?:medication|med|meds|dose|patient|knee|leg|arm|side|site|chart|baby|blood|drug|pills?)|medication error|infect|sepsis|septic|mrsa|c\.? ?diff|bed ?sores?|pressure (?:sore|ulcer)|neglect|soiled|dangerous|unsafe|safety|needle|overdos|\d+ times the|ten times|times the (?:normal )?dose|allergic|(?:had|have|having) a reaction|bruis|restrain|slammed|pushed|grabbed|physically|physical force|by force|forcibly|assault|food poisoning|missed (?:diagnosis|fracture|break|the break|the fracture|a fracture)|ruptur|misdiagnos|brain bleed|\bdied\b|\bharm|injur|stitches|\bburn(?:ed|t)\b|mold|restraining order|stalk|wander|ran out of|run out of|out of (?:insulin|oxygen (?:tank )?ran out|out of oxygen|her medicine|his medicine)|oxygen (?:tank )?ran out|out of oxygen|no pain (?:meds|medication)|dropped (?:my|the|our|her|his) (?:baby|son|daughter|mom|dad|father|mother|grandma|grandpa)|collapsed|lips (?:were |turned )?blue|no heartbeat|wrong chart|not safe|double dose|twice (?:in one|the dose)|(?:gave|given|got) (?:him|her|them|my \w+|his|her) [^.?!]{0,30}twice|someone else'?s (?:pills|meds|medication|medicine|baby|name|results|chart)|another (?:patient|baby|person)'?s (?:name|pills|meds|medication|chart|results|band)|infiltrat|without (?:his|her|my|their) (?:seizure|heart|insulin|blood|pain|psych) (?:medicine|medication|meds)|blood clot|nearly died|almost died|hit the floor|twisted|fractur|medicamento equivocado|peligro/;
