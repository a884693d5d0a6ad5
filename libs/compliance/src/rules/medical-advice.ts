import { MASK_CHAR } from '../analysis/analyse-reply';
import { DRUG_NAMES } from '../lexicon/health-terms';
import { SPECULATION, TRIAGE_GUESS } from '../lexicon/reply-terms';
import { findAll, type Finding, type Rule, wholeReply } from './rule.types';

const CODE = 'individual_medical_advice';

const MESSAGES = {
  dose: 'Gives a dose or dosing schedule. Medicines and doses are for the person’s own doctor or pharmacist.',
  directive:
    'Tells a specific person what to take, stop, start or do about their health. Say we can’t give medical advice here and point to their own provider or the nurse line.',
  firstAid:
    'Gives first-aid or treatment instructions for a specific person. Send them to 911, the nurse line or their own provider instead.',
  diagnosis:
    'Guesses at a diagnosis. Diagnosis needs an assessment the hospital cannot do in a comment.',
  reassurance:
    'Reassures about someone’s symptoms or triages them (“totally normal”, “no need for the ER”). Point to their own provider, the nurse line or 911.',
  answer:
    'Answers a personal medical question directly. Say we can’t give medical advice on social media and point to their own provider or the nurse line.',
  pointer:
    'A reply to a health question should point to the person’s own provider or the nurse line.',
} as const;

const DOSE =
  /\b\d[\d,]*(?:\.\d+)?\s?(?:mg|mcg|µg|ml|cc|milligrams?|units?|iu|tsp|tbsp|teaspoons?|tablespoons?|tabs?|tablets?|pills?|capsules?|caps?|drops?|puffs?|gummies|oz|ounces?)\b|\bevery \d+(?:\s?(?:-|to|or)\s?\d+)? ?(?:hours|hrs|hour|h)\b|\b(?:once|twice|three times|\d+ times) (?:a|per|each) day\b|\b(?:skip|double|miss|take|halve) (?:a|one|the|your|his|her|their|an extra|another) (?:\w+ )?(?:dose|pill|tablet)s?\b/;

const DIRECTIVE =
  /\b(?:you|your (?:\w+ )?(?:child|son|daughter|baby|kid|toddler|infant|mom|dad|husband|wife|partner|\w+)|he|she|they)\b[^.!?]{0,20}\b(?:should|shouldn't|should not|need to|needs to|must|can|could|may want to|might want to|ought to|will need to|'ll need to|have to|has to)\b[^.!?]{0,15}\b(?:take|give|stop|start|increase|decrease|double|skip|alternate|apply|ice|rest|push fluids|avoid|drink|eat|pop|switch|halve|inject|elevate)\b/;

const MOST_PEOPLE =
  /\bmost (?:people|patients|adults|kids|children|babies|women|men|doctors) (?:can|should|are told to|need to|do fine|are fine|will be fine|recover|say|recommend)\b/;

/** "babies can have about 4 ounces": a general rule given as the answer to a personal question. */
const GROUP_RULE =
  /\b(?:people|patients|adults|kids|children|babies|infants|toddlers|women|men) (?:can|should|need to|are told to|usually) (?:have|take|drink|eat|get|use|skip|stop|start|wait|fly|exercise)\b/;

/** Coping instructions to someone in crisis: advice, and no substitute for the crisis line. */
const CRISIS_COPING =
  /\b(?:focus on the positives?|think positive\w*|get some (?:fresh air|sleep|rest|exercise)|go for a (?:walk|run)|try (?:going for a walk|to relax|to sleep|meditat\w*|journal\w*|yoga)|talk(?:ing)? to a friend|take a (?:deep breath|bath|break)|be a good listener|just listen|give (?:him|her|them) space|leave (?:him|her|them) alone|get on a (?:regular )?schedule|get (?:some|more|enough) sleep)\b/;

const NEEDS_TREATMENT =
  /\b(?:you|he|she|they|your \w+)(?:'ll| will)? (?:need|needs|don't need|doesn't need|do not need|does not need) (?:antibiotics|stitches|an x-?ray|a cast|steroids|surgery|an inhaler|a splint|the er|the ed|to go to the er|to come in|a doctor)\b/;

/** Sentence-initial imperatives that are treatment whatever follows. */
const TREATMENT_IMPERATIVE =
  /^(?:(?:please|then|and|also|just|so|now|first|next|meanwhile|in the meantime|ok|okay|quick tip|tip)[,:]?\s+)*(?:(?:don't|do not|never)\s+)?(?:apply|ice|elevate|drink|eat|chew|sip|pop|drain|squeeze|soak|rinse|massage|wrap|splint|induce|pat|dab|bathe|cleanse|gargle|alternate|skip|double|lie|lay|sit (?:him|her|them|up)|stand behind|push fluids|do the heimlich|perform|thrust|swaddle|burp|breastfeed|pump)\b/;
/** Imperatives that are treatment when a person, a remedy or a body part follows. */
const OBJECT_IMPERATIVE =
  /^(?:(?:please|then|and|also|just|so|now|first|next|meanwhile|in the meantime|ok|okay)[,:]?\s+)*(?:(?:don't|do not|never)\s+)?(?:take|give|put|hold|press|keep|remove|use|let|have|watch|monitor|check|start|stop|try|offer|feed|cover|clean|wash|raise|make|turn|roll|time|loosen|cool|follow)\b/;
const PERSON_OBJECT = /^(?:[\w'-]+\s+){0,3}?(?:him|her|them|it|his|their|those|these)\b/;
const TREATMENT_OBJECT =
  /^(?:[\w'-]+\s+){0,3}?(?:\d|water|fluids|juice|milk|sugar|glucose|salt|honey|ice|heat|pressure|bandage|gauze|ointment|cream|medicine|medication|meds|pills?|tablets?|dose|steam|shower|compress|eye on|vomit|throw up|fever|wound|cut|burn|blister|arm|leg|head|chest|belly|mouth|nose|sharp objects?)\b/;
const TRY = /^(?:(?:please|then|and|also|just|so|now)[,:]?\s+)*try\b/;
const IMPERATIVE_EXCEPTIONS =
  /^(?:(?:please|then|and|also|just|so|now)[,:]?\s+)*(?:press \d|keep (?:it )?up|keep (?:in touch|going|smiling)|try (?:calling|contacting|reaching|texting) (?:our|the|us|¤)|try (?:our|the) |take (?:him|her|them|your \w+|a look at our) to (?:the )?(?:nearest|closest)|take a look at (?:our|the)|give us|keep in mind|rest assured|stop by|start by|check (?:out|with)|let us|have a (?:great|nice|good)|use (?:our|the) (?:website|portal|form|link|app)|try (?:our|the) (?:website|portal|form|app|main line))\b/;

const FIRST_AID =
  /\b(?:heimlich|back blows|abdominal thrusts|chest compressions|rescue breaths|tourniquet|(?:apply|put|hold|press) (?:firm |firmly )?(?:pressure|ice)|ice packs?|(?:cold|warm|hot) compress(?:es)?|antibiotic ointment|bandages?|(?:should|will|can|may) help (?:with )?(?:the |your |her |his |their )?(?:pain|fever|swelling|itch\w*|cough|symptoms|congestion|nausea|bleeding|redness|sleep)|gauze|glucose tablets|sleep it off|induce vomiting|make (?:him|her|them|yourself) (?:vomit|throw up)|push fluids|salt water|humidifier|cool mist|hot shower|night air|remove any sharp|usually helps|will help (?:with )?(?:the )?(?:pain|fever|swelling|itch|cough|symptoms))\b/;

/** Reassurance or triage in any reply. */
const REASSURANCE =
  /\b(?:totally|perfectly|completely|pretty|usually|probably|generally) (?:normal|common|harmless|nothing)\b|\bnothing to worry about\b|\bno need to (?:worry|panic|see a doctor|go to the er|go in|come in|rush)\b|\b(?:doesn't|does not|don't) sound (?:serious|bad|dangerous|like an emergency)\b|\bno need for (?:the )?(?:er|ed|emergency|doctor|stitches|antibiotics)\b|\b\d+ (?:hours|days|weeks) is (?:plenty|enough|fine)\b|\bwait (?:it out|and see)\b|\bkeep an eye on (?:him|her|them|it)\b/;

/** Reassurance that only reads as triage in reply to someone's health. */
const HEALTH_REASSURANCE =
  /\bdon't (?:worry|panic)\b|\b(?:isn't|is not|aren't|are not|not) (?:serious|dangerous|an emergency|a big deal|harmful|a concern)\b(?! (?:line|service|number|page|contact))|\b(?:it's|that's|this is|that is|this|that|it) (?:is |are |sounds |seems |looks )?(?:totally |perfectly |completely |very |quite )?(?:normal|common|expected|harmless)\b(?! to (?:feel|be|have|want|need|wonder|ask))|\b(?:should|will|'ll) (?:be fine|be okay|be ok|be alright|clear up|go away|heal on its own)\b|\b(?:it|this|that)(?:'ll| will| should)(?: probably| likely| usually)? pass\b|\b(?:usually|probably|often) (?:don't|won't|doesn't|do not) (?:do it|mean it|act on it|follow through)\b|\b(?:pretty|very|quite|generally) (?:fine|safe)\b/;

/** "Melatonin is pretty safe": safety verdicts about a person's own medicine. */
const SAFE_VERDICT =
  /\b(?:is|are|it's|that's) (?:pretty |very |totally |generally |perfectly )?(?:safe|fine|okay|ok)\b/;

const DIRECT_ANSWER = /^(?:yes|yeah|yep|no|nope|absolutely|definitely|sure)\b/;

const CONDITIONAL_TRIAGE =
  /\bif (?:he|she|they|it|your \w+|the (?:fever|pain|rash|swelling|bleeding|cough|symptoms?)|symptoms|things|not)\b[^.!?]{0,80}\b(?:take|bring|get|go|head|see|call|come)\b/g;

/**
 * C10 (and the C11 warning): no dosing, no directives to a specific person about medicines or
 * treatment, no first-aid instructions, no diagnosis or reassurance about symptoms, no direct
 * yes/no answers to a personal medical question. A reply to a health question should point to the
 * person's own provider or the nurse line (warning when it does not).
 *
 * @example checkMedicalAdvice(context('Yes, 100 mg every 6-8 hours is usually fine.')) // -> [dose, ...]
 */
export const checkMedicalAdvice: Rule = (context) => {
  const { masked, sentences } = context.reply;
  const situations = context.comment.situations;
  const healthSituation =
    situations.medicalAdvice ||
    situations.emergency ||
    situations.selfHarm ||
    situations.poisoning ||
    situations.personalHealth;
  const block =
    (message: string) =>
    (start: number, end: number): Finding => ({
      code: CODE,
      severity: 'block',
      message,
      start,
      end,
    });
  const findings: Finding[] = [];
  findings.push(...findAll(masked, DOSE, block(MESSAGES.dose)));
  findings.push(...findAll(masked, DIRECTIVE, block(MESSAGES.directive)));
  findings.push(...findAll(masked, NEEDS_TREATMENT, block(MESSAGES.directive)));
  findings.push(...findAll(masked, MOST_PEOPLE, block(MESSAGES.directive)));
  if (situations.selfHarm) {
    findings.push(...findAll(masked, CRISIS_COPING, block(MESSAGES.firstAid)));
  }
  if (situations.medicalAdvice && !situations.misinformation) {
    findings.push(...findAll(masked, GROUP_RULE, block(MESSAGES.directive)));
  }
  findings.push(...findAll(masked, SPECULATION, block(MESSAGES.diagnosis)));
  findings.push(...findAll(masked, TRIAGE_GUESS, block(MESSAGES.reassurance)));
  findings.push(...findAll(masked, REASSURANCE, block(MESSAGES.reassurance)));
  if (healthSituation) {
    findings.push(...findAll(masked, HEALTH_REASSURANCE, block(MESSAGES.reassurance)));
    findings.push(...findAll(masked, FIRST_AID, block(MESSAGES.firstAid)));
    for (const match of masked.matchAll(CONDITIONAL_TRIAGE)) {
      const end = match.index + match[0].length;
      const target = masked.slice(end, end + 40);
      if (
        !target.includes(MASK_CHAR) &&
        !/\b(?:line|provider|doctor|pediatrician)\b/.test(target)
      ) {
        findings.push(block(MESSAGES.reassurance)(match.index, end));
      }
    }
  }
  for (const sentence of sentences) {
    for (const clause of clauses(sentence.text)) {
      const start = sentence.start + clause.offset;
      const end = start + clause.text.length;
      if (IMPERATIVE_EXCEPTIONS.test(clause.text)) {
        continue;
      }
      const treatment = TREATMENT_IMPERATIVE.test(clause.text);
      const verb = OBJECT_IMPERATIVE.exec(clause.text);
      const rest = verb ? clause.text.slice(verb[0].length).trimStart() : '';
      const withObject =
        verb !== null &&
        (TREATMENT_OBJECT.test(rest) ||
          DRUG_NAMES.test(clause.text) ||
          (healthSituation && PERSON_OBJECT.test(rest)) ||
          (healthSituation && TRY.test(clause.text)));
      if ((treatment && healthSituation) || withObject) {
        findings.push(block(MESSAGES.firstAid)(start, end));
      }
    }
    if (DRUG_NAMES.test(sentence.text) && SAFE_VERDICT.test(sentence.text) && healthSituation) {
      findings.push(block(MESSAGES.reassurance)(sentence.start, sentence.end));
    }
  }
  const first = sentences[0];
  if (first && situations.medicalAdvice && DIRECT_ANSWER.test(first.text)) {
    findings.push(block(MESSAGES.answer)(first.start, first.end));
  }
  if (
    situations.medicalAdvice &&
    !situations.emergency &&
    !situations.selfHarm &&
    !situations.poisoning &&
    !context.reply.has('own_provider') &&
    !context.reply.has('nurse_line') &&
    !/\bnurse (?:advice )?line\b/.test(context.reply.lower)
  ) {
    findings.push(wholeReply('missing_provider_pointer', 'warn', MESSAGES.pointer));
  }
  return findings;
};

/** Clauses of a sentence: split at commas (not thousands), semicolons, spaced dashes, "then". */
function clauses(sentence: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  const push = (from: number, to: number): void => {
    const raw = sentence.slice(from, to);
    const text = raw.trim();
    if (text !== '') {
      parts.push({ text, offset: from + (raw.length - raw.trimStart().length) });
    }
  };
  let last = 0;
  for (const match of sentence.matchAll(/,(?!\d)|;|\s-\s|\s(?:and then|then)\s/g)) {
    push(last, match.index);
    last = match.index + match[0].length;
  }
  push(last, sentence.length);
  return parts;
}
