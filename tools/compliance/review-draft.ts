/**
 * An independent second look at a drafted reply, written apart from the checker on purpose (its
 * own word lists, plain string tests) so the draft pass rate does not just grade the checker with
 * itself. A draft passes when it echoes no PHI span and no health word of the comment, sends
 * emergencies to the emergency number and crises to the crisis line, gives complainants a Patient
 * Relations contact and contains no advice wording.
 */
import type { Draft, OrganisationSettings } from '@bedside/compliance';

export interface ReviewInput {
  comment: string;
  /** Labelled (or triaged) intents of the comment. */
  intents: readonly string[];
  /** PHI span texts of the comment. */
  phiTexts: readonly string[];
  draft: Draft;
  settings: OrganisationSettings;
}

const HEALTH_WORDS = new Set(
  `cancer chemo chemotherapy tumor stroke seizure seizures infection infected fever cough croup flu
  covid asthma allergy allergies allergic migraine migraines headache diabetes diabetic insulin
  pregnant pregnancy miscarriage depression anxiety suicide suicidal overdose rehab detox addiction
  hiv surgery operation appendix appendectomy constipation dehydrated pacemaker stent cath biopsy
  colonoscopy mri x-ray xray ultrasound mammogram vaccine vaccines melatonin sertraline warfarin
  ibuprofen tylenol motrin acetaminophen antibiotics amoxicillin benadryl epipen inr blister burn
  sprain sprained ankle knee hip wrist arm leg palm vein stitches wound dressing pneumonia dementia
  hospice dialysis transplant nicu icu psych rash bleeding swelling swollen pain poop breastfed
  diff circumcision anesthesia retainer mole period inhaler nausea vomiting heart attack chest`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

const ADVICE =
  /\b(?:\d+\s?(?:mg|ml|mcg)|dose of|every \d+ hours|sounds like|looks like (?:a|an)|nothing to worry|totally normal|perfectly normal|you should (?:take|give|stop|start|try)|give (?:him|her|them) |take (?:some|a|an|two|one) |ice it|ice pack|apply (?:a|some|pressure)|heimlich|it'?s probably|probably just|don'?t worry|not serious|keep an eye on|sleep it off|drink (?:some|plenty|water|juice))\b/i;

const digits = (value: string): string => value.replace(/\D/g, '');

/** The reasons a draft fails the review; empty when it passes. */
export function reviewDraft(input: ReviewInput): string[] {
  const { draft, settings } = input;
  const problems: string[] = [];
  const intents = new Set(input.intents);
  if (draft.action === 'hide') {
    if (!intents.has('spam') && !intents.has('abuse')) {
      problems.push('hid a comment that is neither spam nor abuse');
    }
    return problems;
  }
  const reply = draft.reply.toLowerCase();
  const replyDigits = digits(reply);
  if (reply.trim() === '') {
    return ['empty reply'];
  }
  for (const phi of input.phiTexts) {
    if (phi.trim().length >= 2 && reply.includes(phi.toLowerCase())) {
      problems.push('repeats a PHI span');
    }
  }
  const replyWords = new Set(reply.split(/[^a-z0-9-]+/));
  for (const word of input.comment.toLowerCase().split(/[^a-z0-9-]+/)) {
    if (HEALTH_WORDS.has(word) && replyWords.has(word)) {
      problems.push(`repeats the health word "${word}"`);
    }
  }
  if (ADVICE.test(draft.reply)) {
    problems.push('contains advice wording');
  }
  const hasNumber = (value: string): boolean =>
    value.trim() !== '' &&
    (reply.includes(value.toLowerCase()) ||
      (digits(value).length >= 3 && replyDigits.includes(digits(value))));
  if (intents.has('emergency') && !hasNumber(settings.emergencyNumber)) {
    problems.push('emergency without the emergency number');
  }
  if (intents.has('self_harm') && !hasNumber(settings.crisisLine)) {
    problems.push('self-harm without the crisis line');
  }
  // A crisis reply sends the person to 911/988 and nothing else; it does not need the PR contact.
  const crisis = intents.has('emergency') || intents.has('self_harm');
  if (intents.has('complaint') && !intents.has('abuse') && !crisis) {
    const contacts = [
      settings.patientRelationsPhone,
      settings.patientRelationsEmail,
      settings.patientRelationsUrl,
    ].filter((value) => value.trim() !== '');
    if (!contacts.some(hasNumber)) {
      problems.push('complaint without a Patient Relations contact');
    }
  }
  return problems;
}
