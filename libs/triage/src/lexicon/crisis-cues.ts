/**
 * Cue patterns for the two intents that must never be missed. A false alarm costs a reviewer a
 * glance; a miss can cost a life, so these lean towards recall. Each pattern has a short label
 * that becomes the tooltip reason. All patterns run on lower-cased text and use bounded gaps
 * (`.{0,40}`) so that long inputs stay linear.
 */
export interface CrisisCue {
  label: string;
  pattern: RegExp;
  /** Weak cues ("said goodbye to my dog") count only together with another cue or the model. */
  isWeak?: boolean;
}

export const EMERGENCY_CUES: readonly CrisisCue[] = [
  {
    label: 'chest pain now',
    pattern:
      /(?<!no )chest (?:pain|pressure|tightness|hurts|is tight)[^.?!]{0,80}(?:right now|\bnow\b|min(?:ute)?s? ago|started|sweat|\barm\b|jaw|crushing|can'?t breathe|short of breath|dizzy)|(?:crushing|severe|bad) chest (?:pain|pressure)|(?:having|has|is having|think i'?m having|might be having) (?:a )?heart attack/,
  },
  {
    label: 'stroke signs',
    pattern:
      /(?:face|smile|mouth) (?:is |looks )?(?:droop|drooping|crooked|weird)|slurr(?:ed|ing)|(?:speech|words) (?:is |are )?(?:garbled|slurred)|can'?t feel (?:his|her|my|their) (?:legs|arms|face|body)|(?:suddenly|just|all of a sudden) can'?t (?:lift|move|feel) (?:his|her|my|their|the) (?:right |left )?(?:arm|leg|side|face)|(?:can'?t|cannot|unable to) (?:lift|move|raise|feel) (?:his|her|my|their) (?:right|left) (?:arm|leg|hand|side)|(?:speech|talking|words) (?:just |suddenly )?(?:went|got|is|are|sounds?|became) (?:weird|funny|strange|off|garbled|jumbled|slurred)|(?:having|is having|think (?:she|he|i)'?s? (?:is )?having) a stroke|is this a stroke/,
  },
  {
    label: "can't breathe",
    pattern:
      /(?<!no |not |without )(?:can'?t|cannot|can not|unable to|struggling to|barely) (?:breathe|breath|catch (?:my|his|her|their) breath)|(?<!no )(?:trouble|difficulty|hard time) breathing|(?:isn'?t|not|stopped|barely|is not) breathing(?! fine)|breathing (?:weird|funny|strange|really fast|fast and)|gasping|turning blue|lips (?:are |look |turning )?(?:blue|purple|gr[ae]y)|throat (?:is |feels like it'?s )?(?:closing|swelling)|tongue is swelling|wheezing/,
  },
  {
    label: 'unresponsive or collapsed',
    pattern:
      /unresponsive|unconscious|won'?t wake(?: up)?|can'?t wake (?:him|her|them|up)|not waking up|not responding|\b(?:he|she|i|they|dad|mom|father|mother|husband|wife|son|daughter|friend|man|woman|someone|person|grandma|grandpa|baby|brother|sister|kid|child) (?:just )?collapsed(?! and died)|passed out and|went limp|gone limp|is limp|limp and|floppy/,
  },
  {
    label: 'seizure',
    pattern:
      /(?:having|is having|in the middle of) a seizure|seizing|seizure (?:won'?t|isn'?t|is not|not) stop|convulsing/,
  },
  {
    label: 'heavy bleeding',
    pattern:
      /spurting|pumping blood|won'?t stop bleeding|can'?t stop (?:the )?bleeding|bleeding (?:heavily|a lot|badly|everywhere|through|so much)|heavy bleeding|soaked through|(?<!took a |drew a |draw a )lot of blood|blood everywhere|(?:vomiting|throwing up) (?:bright red )?blood/,
  },
  {
    label: 'allergic reaction',
    pattern:
      /(?:having|going into|in|is) anaphyla|anaphylactic|allergic reaction[^.?!]{0,60}(?:throat|tongue|breath|wheez|swell)|(?:face|lips?|tongue|throat) (?:is |are |keeps )?(?:swelling|puffing)|hives everywhere|(?:stung|sting|bit)[^.?!]{0,60}(?:swell|breath|hives|wheez)|epi ?pen[^.?!]{0,60}(?:breath|swell|wheez)/,
  },
  {
    label: 'overdose or poisoning',
    pattern:
      /overdos(?:ed|ing)|took an overdose|\bod'?(?:ed|ing)\b|\bod'd\b|took (?:too many|a bunch of|way too many|all (?:of )?(?:his|her|my|their|the))|took (?:my|his|her) [^.?!]{0,20} twice|swallowed[^.?!]{0,40}(?:batter(?:y|ies)|bleach|detergent|pods?\b|pills|medicine|magnets?|chemical|cleaner)|\b(?:drank|ate|swallowed|has drunk)[^.?!]{0,30}(?:bleach|cleaner|antifreeze|gasoline|lighter fluid|detergent|drain|poison)|got into (?:my|his|her|the|our)[^.?!]{0,25}(?:pills|medicine|meds|gummies|edibles|vitamins)|poison control|poison help|(?:was|been|got|he'?s|she'?s|i'?m) poisoned|(?:gave|give|used|giving) (?:him |her |them )?narcan|carbon monoxide|mixing bleach/,
  },
  { label: 'choking', pattern: /choking(?! (?:back|hazard))|choked on|chokes on/ },
  {
    label: 'acute emergency signs',
    pattern:
      /worst headache of (?:my|his|her) life|appendix[^.?!]{0,30}(?:burst|bursting|rupturing)|water (?:just )?broke[^.?!]{0,60}(?:green|blood|weeks)|(?:snake|spider) bit|bitten by a snake|fell in the pool|heart (?:is )?racing at (?:1[5-9]\d|2\d\d)|\b(?:sugar|glucose|bg)(?: levels?)? (?:is |reads |read |was |at |of |dropped to |down to |went to |is at |just |is only )?(?:[1-4]\d|[5-9])\b(?!\d|[.,]\d| ?(?:weeks?|wks?|days?|years?|months?|hours?|min|%|am|pm))|\b(?:sugar|glucose)(?: levels?)? (?:is |reads |read |was |at |of |went up to |is at )?(?:[5-9]\d\d)\b|hit (?:his|her|my|their) head[^.?!]{0,80}(?:confused|throw|vomit|sleepy|won'?t wake)|locked (?:herself|himself|themselves) in/,
  },
  {
    label: 'deciding on 911 now',
    pattern:
      /(?:uber|drive|car|taxi) or (?:an )?ambulance|ambulance or (?:drive|uber|car)|(?:call|calling) 911 ?\?|(?:should|do) (?:i|we) call (?:911|an ambulance)|911 or (?:drive|wait|the er)|911 isn'?t (?:picking|answering)|ambulance is \d+ min/,
  },
  {
    label: 'emergency (Spanish)',
    pattern:
      /dolor (?:de|en el) pecho|me duele (?:mucho )?el pecho|no (?:puede|puedo|podemos|pueden) respirar|no respira|(?:le|me) falta el aire|labios (?:morados|azules)|(?:poniendo|puso|pone|est[aá]) (?:azul|morad[oa])|convulsi[oó]n|convulsionando|no responde|se desmay[oó]|inconsciente|sangra(?:ndo)? mucho|mucha sangre|se tom[oó] (?:un frasco|todas|muchas|las pastillas)|sobredosis|envenen|se est[aá] ahogando|atragant|derrame cerebral|infarto|ataque al coraz[oó]n|cara (?:ca[ií]da|torcida)|no puede hablar/,
  },
];

/** Cues that a described emergency is over ("you saved my husband last year"). */
export const PAST_EVENT =
  /\b(?:last (?:year|month|week|summer|spring|fall|winter|night)|years? ago|months? ago|weeks? ago|saved (?:his|her|my|our|their)|(?:you|they|team|staff) saved|thanks to (?:you|your)|(?:is|are|he'?s|she'?s|we'?re) (?:home|fine|okay|ok) now|recovered|survived|went well|brought me (?:here|in)|came in by ambulance|forever grateful|5 stars|five stars|thank you to)/;

/** Cues that something is happening as the comment is written. */
export const HAPPENING_NOW =
  /\b(?:right now|(?<!(?:fine|okay|ok|home|better|well|great|good) )now\b|tonight|currently|just (?:now|started|got|took|swallowed|collapsed)|min(?:ute)?s? ago|an? hour ago|what do (?:i|we) do|should (?:i|we)|help\b|ahora|ayuda)/;

export const SELF_HARM_CUES: readonly CrisisCue[] = [
  {
    label: 'suicidal wording',
    pattern:
      /kill(?:ing)? (?:myself|my ?self|himself|herself|themselves)|(?:i'?m|i am|feel(?:ing)?|been|is|was|are|'s) (?:so |really |very )?suicidal|suicidal (?:thoughts|ideation)|thoughts of (?:suicide|ending)|(?:commit|attempt(?:ed|ing)?|planning) suicide|suicide (?:note|plan|attempt)|take (?:my|his|her) (?:own )?life|\bend (?:it all|(?:my|his|her|their) (?:own )?life|things|it tonight)|\bending (?:it all|(?:my|his|her|their) (?:own )?life|things)/,
  },
  {
    label: 'wish to die',
    pattern:
      /\b(?:want|wanted|wanna) to die(?! (?:of|from|laughing|on))|want to be dead|(?:don'?t|doesn'?t|do not|does not|no longer) want to (?:be here|live|exist|wake up|be alive)|(?:drive|driving|crash|crashing) (?:my car )?into (?:a wall|a tree|traffic|oncoming)|wish i (?:was|were) dead|wish i (?:could )?(?:just )?(?:disappear|die|not wake)|(?:i|to) (?:just )?(?:don'?t|not|never) wake up|never wake up|hurry up and take me|take me already|better off (?:dead|without me|if i)|no reason to (?:live|keep going|go on)|(?:don'?t|can'?t) see (?:a|the|any) (?:reason|point) (?:to|in)|not worth living|what'?s the point (?:anymore|of living)|(?:happier|better) (?:off )?(?:if|when) i(?:'?m| am| was| were)? (?:gone|dead|not (?:here|around))|(?:don'?t|do not) want to be alive/,
  },
  {
    label: 'self-harm',
    pattern:
      /(?:hurting|harming|cutting) (?:myself|herself|himself|themselves)|(?:want|going|afraid|scared|urge|thinking about|might|will|to|not to) (?:hurt|harm|cut) (?:myself|herself|himself|themselves)|self[- ]?harm|(?:been|started|is|was) cutting|cutting again|overdose on purpose|how many[^.?!]{0,40}(?:to not wake|to die|would kill|to end it)|took all (?:of )?(?:her|his|my|their) (?:pills|meds|medication)|(?:saving|saved|stockpil\w*) (?:up )?(?:my |all my |enough )?(?:pills|meds|morphine)|enough (?:pills|morphine|meds) (?:saved|stockpiled)|voices[^.?!]{0,40}hurt/,
  },
  {
    label: 'goodbye or giving away',
    isWeak: true,
    pattern:
      /goodbye (?:letter|note|messages?|post)|wrote letters to|final post|last post|gave away my|give away (?:all )?my|won'?t need (?:them|it|my)|take care of (?:the|my) (?:cat|dog|kids) for me|told my [a-z]+ to take care of/,
  },
  {
    label: 'crisis wording',
    pattern:
      /\b(?:jump|jumping) (?:off|from) (?:a |the |this )?(?:bridge|roof|building|ledge|parking|garage|balcony|overpass|cliff)|(?:standing|sitting|been sitting) on (?:the|a) (?:bridge|roof|ledge)|i'?m (?:just )?a burden|burden to (?:everyone|my family|them)|tonight is the night|tonight is it\b|(?:pills|meds) (?:all )?(?:lined up|counted out|laid out)/,
  },
  {
    label: 'crisis wording',
    isWeak: true,
    pattern:
      /on the (?:bridge|ledge)|disappear forever|(?:nobody|no one) would (?:even )?(?:notice|care|miss me)|(?:want|need) the pain to stop|done fighting|ready to be done|what'?s the point/,
  },
  {
    label: "can't go on",
    isWeak: true,
    pattern: /(?:can'?t|cannot|can’t) (?:do this|go on|keep going)(?: anymore)?/,
  },
  {
    label: 'saying goodbye',
    isWeak: true,
    pattern: /said goodbye to|saying goodbye to/,
  },
  {
    label: 'self-harm (Spanish)',
    pattern:
      /me quiero morir|quiero morir(?:me)?|quitarme la vida|quitarse la vida|suicidarme|suicidio|matarme|no quiero vivir|ya no (?:quiero vivir|aguanto|puedo m[aá]s)|mejor sin m[ií]|acabar con (?:todo|mi vida)|hacerme da[ñn]o|cortarme|no quiero (?:seguir )?(?:viviendo|vivir|estar aqu[ií])|nadie me extra[ñn]ar[ií]a|ya no quiero (?:estar|seguir)/,
  },
];

/** Crisis words used about something else: figures of speech and awareness posts. */
export const SELF_HARM_EXCLUSIONS =
  /suicide prevention|prevention (?:walk|month|week)|awareness (?:walk|month|week|event)|make[s]? (?:people|you|kids|teens) suicidal|(?:posting|sharing|shared|posted) (?:the )?988/;

/**
 * Self-harm that is under way or about to be: it is an emergency as well ("took all her pills",
 * "going to jump right now", "he has a gun").
 */
export const IMMINENT =
  /\bright now\b|as we speak|\bjust (?:took|swallowed|cut)|took all (?:of )?(?:her|his|my|their) pills|has a (?:gun|knife)|locked (?:herself|himself|themselves) in|on the (?:roof|ledge) now|i'?m (?:on|at) the (?:roof|ledge|edge|bridge)|(?:pills|meds) (?:all )?(?:lined up|counted out|laid out)|tonight is (?:it|the night)/;
