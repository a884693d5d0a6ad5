/**
 * Light cue lists read from the comment itself, so the category requirements (C9, C12–C14) do not
 * depend on the triage being right: in the CLI the intents come from automatic triage. Patterns run
 * on normalised (lower-case) text.
 */

/** Grievance on its own: enough to treat the comment as a complaint even if triage missed it. */
export const STRONG_COMPLAINT =
  /\b(?:unacceptable|worst|rude(?:ly|ness)?|terrible|horrible|awful|disgust\w*|filthy|appall\w*|negligen\w*|incompeten\w*|never (?:again|calls?|called|came|comes?|show(?:s|ed)?|answer(?:s|ed)?|follow(?:s|ed)?|respond(?:s|ed)?|got back|told|explained|checked|returned|listened|helped|apologi[sz]ed|bothered|cleaned|responded)|turned (?:me|us|him|her|them) away|conflicting|contradict\w*|(?:two|three|four|\d+) different (?:answers|instructions|people|stories|things)|(?:nearly|almost) (?:tripped|fell|slipped|got hit)|sent (?:me|us|him|her|them) home with nothing|inedible|gross|yuck|nasty|how did you get my|\d+[- ]?(?:hour|hr)s?(?: long)? wait|waited (?:for )?(?:over |almost |nearly |about )?\d+ (?:hours|hrs)|nobody (?:came|called|answered|cleaned|helped|checked|listened|explained|followed)|no one (?:came|called|answered|cleaned|helped|checked|listened|explained|followed)|deserves? better|left without being seen|overcharg\w*|charged (?:me|us|my)|lost (?:my|our|his|her)|stole|stolen|wrong (?:knee|leg|arm|side|patient|medication|medicine|dose|site|name|person)|greedy|crooks?|rip[- ]?off|hypocrit\w*|(?:is|was|are) a joke|you failed|posted (?:a |an )?(?:tiktok|video|photo|picture|pic)|privacy (?:violation|breach)|gave out my|(?:rolled|rolling) (?:her|his|their) eyes|yelled|screamed at|(?:do|be) better(?! off| than| now| soon)|how is (?:this|that) allowed|how does (?:this|that) happen|shame on)\b|[😡🤬👎]/u;

/** Weaker signs of a grievance; they confirm a triage `complaint` label. */
export const WEAK_COMPLAINT =
  /\b(?:why (?:does|do|did|is|are|was|were|would|can't|won't|isn't|haven't|hasn't)|didn't|did not|wasn't|weren't|won't|wouldn't|hasn't|haven't|couldn't|can't get|still (?:no|not|waiting|haven't)|nobody|no one|never|ignored|dismissed|wrong|mistake|error|fault|missed|bad|worse|pushed|dirty|cold|unsafe|dangerous|infection|privacy|complain\w*|frustrat\w*|angry|upset|disappoint\w*|ridiculous|sucks|joke|confusing|only in english|no (?:interpreter|changing tables?|one came)|lost(?! and found)|broken|scratched|damaged|dented|denied|not (?:cleaned|working|answered)|on hold|again|seriously|how do you (?:even )?(?:function|work|operate)|nadie|no contesta\w*|no responde\w*|p[ée]sim\w*|esper[ée]|queja)\b|\?\?|\?!|!\?|[🙃💔😤😠❌]/gu;

/** Topics of many grievances (money, waiting) that are also asked about calmly. */
export const COMPLAINT_TOPIC =
  /\b(?:charged?|bill(?:ed|ing|s)?|cost|costs|price|fees?|expensive|waits?|waited|waiting(?! room| area)|hours|hrs|minutes|(?:\d+) (?:days|weeks|months)|long|slow|late|cancel+ed)\b|\$\s?\d/gu;

/** A calm question ("How do I pay my bill online?"): topic words alone do not make it a complaint. */
export const POLITE_QUESTION =
  /^\W*(?:@\w+\s+)?(?:hi|hello|hey)?[,!]?\s*(?:how|where|when|what|which|who|can|could|do|does|is|are|will|would|may)\b/;

/** How many different grievance cues (`WEAK_COMPLAINT`, and topics unless it is a calm question). */
export function countWeakComplaintCues(text: string): number {
  const cues = new Set([...text.matchAll(WEAK_COMPLAINT)].map((match) => match[0]));
  const calm = POLITE_QUESTION.test(text) && cues.size === 0;
  if (!calm) {
    for (const match of text.matchAll(COMPLAINT_TOPIC)) {
      cues.add(match[0]);
    }
  }
  return cues.size;
}

/** An emergency told as happening now (C12). Swallowed batteries and magnets are emergencies, not poisonings. */
export const EMERGENCY_NOW =
  /\b(?:(?:swallowed|ate|got into) (?:a |an |some |two |2 |the )?(?:button )?(?:batter(?:y|ies)|magnets?)|can'?t breathe|cannot breathe|can'?t breath|not breathing|stopped breathing|trouble breathing|struggling to breathe|breathing (?:really )?fast|is choking|choking on|(?:is|he's|she's|they're|i'm) (?:unconscious|unresponsive|seizing|having a seizure|having a stroke|having a heart attack)|having a seizure|won'?t wake up|can'?t wake (?:him|her|them|up)|isn'?t responding|not responding|collapsed|passed out|went limp|turning (?:blue|gray|grey|purple)|face (?:is )?(?:drooping|swelling)|(?:face|arm|leg|side) (?:is |feels |went )?(?:numb|drooping|weak|limp)|can'?t feel (?:the |my )?(?:left |right )?(?:side|face|arm|leg)|slurr\w*|spurting|bleeding (?:heavily|a lot|badly|everywhere)|won'?t stop bleeding|soaked through|throat (?:is )?(?:closing|swelling)|tongue (?:is )?swelling|chest pain|(?:bad|severe|serious|terrible) asthma attack|inhaler (?:isn'?t|is not|not) (?:helping|working)|can'?t catch (?:my|his|her|their) breath|gasping|bone (?:is |might be |may be )?(?:sticking )?out|bent the wrong way|(?:open|compound) fracture|hit (?:his|her|their|my) head|dolor de pecho|no puede respirar|anaphyla\w*|overdos(?:ed|ing)|od'd|call(?:ing)? 911)\b/;

/** Says that something is happening at this moment, despite past-tense words elsewhere. */
export const HAPPENING_NOW =
  /\b(?:right now|now|currently|just|still|won'?t stop|isn'?t stopping|it'?s been|what do (?:i|we) do|help)\b/;

/** Said of an event in the past: an emergency cue alone does not make it current. */
export const PAST_EVENT =
  /\b(?:last (?:year|month|week|night|spring|summer|fall|winter)|years? ago|months? ago|weeks? ago|saved (?:my|his|her|our)|thanks to (?:you|the)|thank you|grateful|is home now|came home|recovered)\b/;

/** Self-harm or suicidal thoughts, including worry about someone else (C13). */
export const SELF_HARM =
  /\b(?:suicid\w*|kill (?:myself|himself|herself|themselves)|end (?:my life|it all)|want(?:s|ed)? to die|wanna die|wish i (?:was|were) dead|better off without me|no reason to live|don'?t want to (?:live|be here|wake up anymore)|self[- ]harm\w*|cutting (?:myself|again|herself|himself)|(?:is|been|keeps) cutting (?:myself|herself|himself|themselves|again)?|hurt(?:ing)? (?:myself|himself|herself)|goodbye (?:letter|note)|(?:texted|messaged|posted|wrote|sent) (?:me |us |everyone )?(?:a )?goodbye|sitting on the bridge|quiero morir|no quiero vivir)\b/;

/**
 * Indirect wording that points to self-harm only together with another cue or the triage label
 * ("said goodbye to my dog today" alone could be grief).
 */
export const SELF_HARM_INDIRECT =
  /\b(?:can'?t do this anymore|can'?t go on|can'?t take (?:it|this) anymore|i have a plan|i'?m done|tired of living|(?:don'?t|do not) see the point|what'?s the point|no point (?:in )?(?:living|going on|anymore)|want (?:it|everything) to (?:end|stop)|(?:this is|it'?s) (?:my )?goodbye|written letters|end (?:it|things)|not wake up|take me(?! (?:to|home|back|there|in|out|with|for))|if i (?:was|were) gone|said goodbye|nobody would (?:notice|care|miss me)|no point anymore)\b/;

/** Signs of immediate danger in a self-harm comment: 911 is required as well as 988 (C13). */
export const IMMINENT_DANGER =
  /\b(?:tonight|right now|letters|goodbye|good ?bye|final|a plan|my plan|pills|gun|rope|bridge|jump|overdose|end it|ending it|doing it|can'?t go on|last (?:post|message|time)|won'?t be here|locked (?:herself|himself|themselves|myself)|not wake up)\b/;

/** Something poisonous swallowed (C14); food poisoning is a complaint, not a poisoning. */
export const POISONING =
  /\b(?:(?:swallowed|ate|eaten|drank|drunk|took|taken|ingested|got into|chewed|licked|sucked on)\b[^.!?]{0,40}\b(?:pills?|tablets?|capsules?|gummies|gummy|vitamins?|medicines?|medications?|meds|bleach|detergent|(?:laundry |tide |dishwasher )?pods?|cleaners?|cleaning|dish soap|soap|antifreeze|edibles?|weed|thc|mushrooms?|berries|rat poison|poison|pesticides?|chemicals?|gasoline|lighter fluid|lamp oil|nail polish|perfume|mouthwash|sanitizer|nicotine|vape|e-?liquid|(?:washer |lighter |brake )?fluid|liquid|lotion|shampoo|paint|glue|spray|coolant|cigarettes?|vodka|wine|beer|plants?|tylenol|ibuprofen|acetaminophen|advil|motrin|melatonin|iron|aspirin|benadryl|adderall|xanax|oxy\w*|fentanyl|opioids?)|(?:pills?|tablets?|gummies|vitamins?|medicines?|medications?|meds|bleach|detergent|pods?|cleaners?|edibles?|fluid|chemicals?)\b[^.!?]{0,40}\b(?:ate|swallowed|drank|took|got into|chewed|ingested)\b|overdos(?:e|ed|ing)|od'd|too many (?:pills|tablets|gummies)|(?:pills|meds|medicine) twice|double dose|(?<!food )poison(?:ed|ing)\b|poison control)/;

/** The comment is about a child (medical-advice template variant). */
export const ABOUT_CHILD =
  /\b(?:my (?:son|daughter|baby|kid|child|toddler|infant|newborn|little one|boy|girl)|our (?:son|daughter|baby|kid|child|toddler|newborn)|\d+[- ](?:year|yr|month|mo|week|wk|day)s?[- ]old|(?:baby|toddler|infant|newborn|kid)\b)/;

/** The comment is about another person (emergency and self-harm template variants). */
export const ABOUT_SOMEONE_ELSE =
  /\b(?:my (?:friend|roommate|mom|mum|mother|dad|father|parents|grandparents|husband|wife|partner|brother|sister|siblings?|son|daughter|kids?|child|children|baby|twins|family|grandma|grandpa|grandmother|grandfather|aunt|uncle|neighbou?r|boyfriend|girlfriend|gf|bf|coworker)|grandpa|grandma|mi (?:esposo|esposa|hijo|hija|madre|padre)|(?:he|she|they) (?:is|are|keeps|won't|can't|has|just))\b/;

/** Questions about medicines and doses (medical-advice template variant). */
export const ABOUT_MEDICATION =
  /\b(?:dose|doses|dosage|mg|medicines?|medications?|meds|pills?|prescriptions?|take (?:it|them)|taking|interaction|with my (?:meds|medication)|ibuprofen|tylenol|motrin|advil|acetaminophen|aspirin|benadryl|melatonin|sertraline|warfarin|insulin|antibiotics?|z-?pack)\b/;

/** Service-question variants by topic. */
export const SERVICE_TOPICS: readonly [variant: string, pattern: RegExp][] = [
  [
    'patient-status',
    /\b(?:is (?:my|he|she) \w* ?(?:there|here|in your|still in)|tell (?:me|us) if|was (?:brought|admitted|taken) to|can'?t reach (?:him|her|them)|find out if)\b/,
  ],
  [
    'parking',
    /\b(?:park|parking|garage|lot|valet|shuttle|ev charg\w*|chargers?|directions|entrance|drive)\b/,
  ],
  [
    'visiting',
    /\b(?:visit|visitors?|visiting|bring (?:dinner|food|flowers)|stay overnight|overnight|chaplain|priest)\b/,
  ],
  ['records', /\b(?:records?|chart|portal|birth certificate|paperwork|forms?)\b/],
  [
    'billing',
    /\b(?:bill|billing|pay|payment|charges?|insurance|medicaid|medicare|price|cost|estimate|financial|itemi[sz]ed)\b/,
  ],
];

/** A staff member named in a comment (praise template variant); runs on the original text. */
export const NAMES_STAFF = /\b(?:Dr\.?|Doctor|[Nn]urse|Mr\.?|Ms\.?|Mrs\.?)\s+[A-Z]/;

/**
 * Insults, profanity and threats: what makes a comment abuse rather than harsh criticism, which is
 * only a complaint (dev README) and gets an answer, not a hide.
 */
export const ABUSE =
  /\b(?:idiots?|morons?|stupid|dumb|clowns?|crooks?|f+[*u]+c?k?\w*|shit\w*|bitch\w*|assholes?|bastards?|scum|losers?|pathetic|lazy|fat|disgrace|hate (?:you|this place)|burns? down|rot in hell|go to hell|die\b|kill (?:you|them|him|her)|coming for|watch your back|i'?ll find)/u;
