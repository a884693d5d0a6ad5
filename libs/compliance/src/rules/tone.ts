import { findAll, type Finding, type Rule } from './rule.types';

const CODE = 'argues_or_blames';

const MESSAGES = {
  insult:
    'Insults or ridicules the person. Replies never mock, argue or question anyone’s intelligence or honesty; one calm reply, then move it offline.',
  blame: 'Blames or scolds the person. Acknowledge their concern without assigning fault to them.',
  rebuttal:
    'Argues with the person’s account. Don’t set the record straight in public; invite them to contact Patient Relations.',
  sarcasm: 'Reads as sarcastic or dismissive. Keep replies warm and plain.',
  legal:
    'Threatens legal action or pressures the person to remove or change their post. Use the platform’s reporting process instead.',
  crisis:
    'Judges someone in crisis. Respond warmly and without judgement, and give the crisis line.',
  reconsider:
    'Asks the person to reconsider their rating. Even a soft request can read as pressure to change a review.',
  stigma: 'Say “died by suicide” or “thoughts of suicide” rather than “commit suicide”.',
} as const;

const INSULTS =
  /\b(?:stupid|idiot\w*|dumb|moron\w*|ridiculous|liars?|lying|lies|get a life|hallucinat\w*|ignoran\w*|crazy|pathetic|shame on you|nonsense|clowns?|embarrass(?:ing)? yourself|grow up|get over it|whin(?:e|ing|er)|cry ?baby|takes one to know one|nice try|sure, jan|good luck with that|bless your heart|do (?:some|your) (?:real )?research|imagine (?:still )?believing|tin ?foil|conspiracy nut|snowflake)\b/;

const BLAME =
  /\b(?:you should(?:n't)? have|you could have|if you had (?:just |only )?(?:stayed|waited|come|called|listened|followed|read|asked|arrived|checked|been)|you failed to|(?:it's|it is|that's) (?:your|on you)|your (?:own )?fault|read the sign|maybe (?:read|check|look|listen)|read (?:them|it|the \w+) next time|calm down|nobody forced you|no one forced you|go (?:somewhere|someplace) else|go elsewhere|if you don'?t like|you(?:'re| are) just (?:using|doing|not)|you were told|as (?:we|i) (?:already|previously) (?:said|told|explained|mentioned)|you need to understand|you people|stop (?:complaining|whining|spreading|posting|embarrassing)|please stop (?:being|posting|complaining|spreading)|try reading|next time,? (?:read|listen|follow|ask)|you (?:just )?(?:have|had|need(?:ed)?) to (?:ask|read|call|follow|check|listen|look)|(?:try|go to|find) (?:another|a different) (?:hospital|doctor|provider|clinic)|you must (?:be|have) (?:looking|confused|mistaken|misunderstood|misread)|you must(?:'ve| have) (?:come|been|gone|missed|arrived|called|read|heard|misread|misheard|forgotten)|sorry (?:that )?you (?:feel|felt) (?:that|this) way|sorry you (?:didn't|did not) like|sorry you (?:were|are) (?:unhappy|not happy|dissatisfied) with)\b/;

const REBUTTAL =
  /\b(?:(?:that's|that is|this is|which is) (?:simply |just |absolutely |completely |totally )?(?:not true|false|untrue|inaccurate|incorrect|wrong|not what happened|not accurate)|that(?:'s| is) not what happened|not what happened|you(?:'re| are) (?:wrong|mistaken|lying|confused)|actually,|set(?:ting)? the record straight|contrary to|unsubstantiated|that never happened|we did nothing wrong|(?:it's|it is|that's|that is|this is|it was|that was|this was) not (?:our|my|the hospital's) fault|(?:which|that) is why (?:it|you|your|he|she|they)\b|would never (?:be|do|say|treat)|(?:was|is) the (?:correct|right|appropriate|proper) (?:step|decision|call|thing|procedure)|(?:our|the) (?:staff|nurses?|doctors?|team|physicians?) (?:did nothing wrong|acted appropriately|followed (?:all )?protocol))/;

/** "Our nurses follow strict protocols": defending the staff against the person's account. */
const STAFF_DEFENCE =
  /\b(?:(?:was|were) just doing (?:her|his|their|our) jobs?|(?:are|is) (?:very |extremely |really )?busy,? (?:so )?please be patient|please be patient)\b|\b(?:our|the) (?:\w+ )?(?:staff|nurses?|doctors?|physicians?|team|surgeons?|providers?|employees)\b (?:always |strictly |carefully |routinely )?(?:have to |must |need to )?(?:follows?|followed|reviews?|reviewed|evaluates?|evaluated|treats?|treated|checks?|checked|examines?|examined|acted|acts?|explains?|explained|tracks?|tracked|monitors?|monitored|discuss(?:es)?|discussed)\b[^.!?]{0,40}\b(?:every|each|all|strict|carefully|properly|appropriately|protocols?|procedures?)\b|\bevery patient(?:'s)?\b[^.!?]{0,30}\b(?:is|are|gets?|receives?)\b[^.!?]{0,20}\b(?:carefully|properly|always|appropriately|tracked|monitored|checked)\b/;

const DISMISSIVE_EMOJI = /[🙄🤦]/u;
const LAUGHING = /[🤣😂😆😹]|\b(?:lol|lmao|rofl|smh|haha+)\b/u;

const LEGAL =
  /\b(?:attorneys?|lawyers?|legal (?:action|team|counsel|department|options)|sue|suing|lawsuit|litigation|defam\w*|libel\w*|slander\w*|cease and desist|report(?:ing)? you|take you to court|legal consequences)\b|\b(?:remove|delete|take down|retract)\b[^.!?]{0,20}\b(?:your|this) (?:review|post|comment|rating)\b|\b(?:edit|change|update)\b[^.!?]{0,20}\byour (?:review|post|comment|rating)\b/;

const RECONSIDER =
  /\b(?:reconsider|update|revise|raise) (?:your|the) (?:rating|review|stars)\b|\bhope you'll (?:reconsider|change)\b/;

const CRISIS_JUDGEMENT =
  /\b(?:selfish|attention[- ]seeking|for attention|dramatic|overreact\w*|don't do anything stupid|think about your family|think of your family|others have it worse|cheer up|snap out of it|just be positive|it's not that bad|life is precious)\b/;

const STIGMA = /\bcommit(?:ted|s)? suicide\b/;

/**
 * C16, C18 and the tone parts of C13/C21: no insults, ridicule or sarcasm, no blaming the person,
 * no arguing with their account, no legal threats or pressure to remove a post, no judgement of
 * someone in crisis. Laughing emoji count as mockery only when the comment is a complaint, abuse,
 * misinformation or a crisis.
 *
 * @example checkTone(context('Nobody forced you to come here.')) // -> [{ code: 'argues_or_blames', ... }]
 */
export const checkTone: Rule = (context) => {
  const { masked } = context.reply;
  const situations = context.comment.situations;
  const block =
    (message: string) =>
    (start: number, end: number): Finding => ({
      code: CODE,
      severity: 'block',
      message,
      start,
      end,
    });
  const findings: Finding[] = [
    ...findAll(masked, INSULTS, block(MESSAGES.insult)),
    ...findAll(masked, BLAME, block(MESSAGES.blame)),
    ...findAll(masked, REBUTTAL, block(MESSAGES.rebuttal)),
    ...findAll(masked, DISMISSIVE_EMOJI, block(MESSAGES.sarcasm)),
    ...findAll(masked, LEGAL, block(MESSAGES.legal)),
  ];
  if (situations.tense) {
    findings.push(...findAll(masked, LAUGHING, block(MESSAGES.sarcasm)));
  }
  if (situations.complaint) {
    findings.push(...findAll(masked, STAFF_DEFENCE, block(MESSAGES.rebuttal)));
  }
  if (situations.selfHarm) {
    findings.push(...findAll(masked, CRISIS_JUDGEMENT, block(MESSAGES.crisis)));
  }
  findings.push(
    ...findAll(masked, RECONSIDER, (start, end) => ({
      code: 'legal_threat_or_pressure',
      severity: 'warn',
      message: MESSAGES.reconsider,
      start,
      end,
    })),
    ...findAll(masked, STIGMA, (start, end) => ({
      code: 'unsafe_messaging',
      severity: 'warn',
      message: MESSAGES.stigma,
      start,
      end,
    })),
  );
  return findings;
};
