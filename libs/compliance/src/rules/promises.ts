import { findAll, type Finding, type Rule } from './rule.types';

const CODE = 'promises_outcome';

const MESSAGES = {
  guarantee:
    'Promises an outcome or guarantees safety or success. Health care replies must not create expectations they cannot keep.',
  cure: 'Claims a cure or a success rate. Cure and success claims are misleading advertising.',
  compensation:
    'Offers a refund, waiver or other compensation in public. Compensation is decided privately by Patient Relations.',
  fault:
    'Admits fault or a mistake. Express empathy (“we’re sorry to hear this”) without admitting liability.',
  callback:
    'Promises to contact the person or a time frame. We don’t know who they are; ask them to contact Patient Relations instead.',
} as const;

const GUARANTEE =
  /\b(?:guarantee[sd]?|guaranteeing|(?:won't|will not|never|doesn't|does not|wouldn't|will never) (?:ever )?happens? again|(?:make sure|ensure|see to it that) (?:this|it|that|nothing like this) (?:never|doesn't|does not|won't|will not|will never|can't|cannot) (?:ever )?(?:happens?|occurs?)|100% (?:safe|effective|success\w*|guaranteed|cure\w*|accurate)|risk[- ]free|no side effects|(?:completely|totally|perfectly|absolutely) safe|promise (?:you|that)|we promise|you(?:'ll| will) be (?:pain[- ]free|fine|cured|covered|back to normal)|(?:you're|you are) (?:guaranteed|covered)|proven to (?:work|cure|heal|fix)|(?:you|he|she|they|your \w+)(?:'ll| will|'s|'re)? (?:be |get |gets |are |is )?(?:seen|treated|helped|served) (?:faster|sooner|first|right away|immediately|quicker)|(?:seen|treated|helped|served) (?:faster|sooner|first|quicker) next time|(?:shorter|no) wait next time|we(?:'ll| will) make sure (?:you|he|she|your \w+)(?:'re| are| is|'s)? (?:get|gets|are|is|will|be|have|has)\b)\b/;

const CURE_WORD = /\bcur(?:e|es|ed|ing)\b(?! rate)/g;
const NEGATION =
  /\b(?:no|not|n't|never|without|nothing|neither|nor|false|myth|claims?|isn't|aren't|doesn't|don't|cannot|can't)\b/;
const SUCCESS_RATE =
  /\b\d+(?:\.\d+)?% (?:success|cure|survival) rate\b|\bsuccess rate\b|\bmiracle\b/;

const COMPENSATION =
  /\b(?:refund\w*|reimburs\w*|compensat\w*|waiv(?:e|ed|ing)|write (?:it )?off|written off|cover the cost|make it up to you|on the house|(?:free|complimentary) (?:visit|care|treatment|meal|parking|night|stay|service|session|consult\w*) for you|(?:credit|discount) (?:on |to )?your|gift cards?|vouchers?|at no cost to you for)\b/;

const FAULT =
  /\b(?:(?<!\bnot |\bno )(?:our|the|my) (?:mistake|error|fault|negligence)|(?:it|this|that) was (?:a|an|our) (?:(?:very|serious|big|terrible|huge|clear|grave|unacceptable) )?(?:mistake|error|failure|oversight)|we (?:were wrong|messed up|made (?:a|an) (?:\w+ )?(?:mistake|error)|dropped the ball|failed you|take full responsibility|are (?:fully )?responsible|were negligent)|(?:our|the) (?:nurse|staff|doctor|team|surgeon|physician|employee|technician|pharmacist)s? (?:made|was at|were at|is at) (?:a |an )?(?:\w+ )?(?:mistake|error|fault)|should (?:never|not) have happened|shouldn't have happened|inexcusable|our bad)\b/;

const CALLBACK =
  /\bwe(?:'ll| will| are going to|'re going to) (?:call|reach out to|contact|phone|message|email|dm) you\b|\bwithin \d+ (?:minutes|hours|days|business days)\b/;

/**
 * C17: no guarantees, cure or success claims, compensation offers or admissions of fault; promising
 * to call the person back (C9) is a warning, since the hospital does not know who they are.
 *
 * @example checkPromises(context('We guarantee this won’t happen again.')) // -> [{ code: 'promises_outcome', ... }]
 */
export const checkPromises: Rule = (context) => {
  const { masked } = context.reply;
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
    ...findAll(masked, GUARANTEE, block(MESSAGES.guarantee)),
    ...findAll(masked, SUCCESS_RATE, block(MESSAGES.cure)),
    ...findAll(masked, COMPENSATION, block(MESSAGES.compensation)),
    ...findAll(masked, FAULT, block(MESSAGES.fault)),
  ];
  for (const match of masked.matchAll(CURE_WORD)) {
    const before = masked.slice(Math.max(0, match.index - 40), match.index);
    const clause = before.split(/[.!?;,]/).at(-1) ?? '';
    if (
      !NEGATION.test(clause) &&
      !/\b(?:find|finding|search for|research|no known)\b/.test(clause)
    ) {
      findings.push(block(MESSAGES.cure)(match.index, match.index + match[0].length));
    }
  }
  findings.push(
    ...findAll(masked, CALLBACK, (start, end) => ({
      code: 'callback_promise',
      severity: 'warn',
      message: MESSAGES.callback,
      start,
      end,
    })),
  );
  return findings;
};
