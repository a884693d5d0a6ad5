/**
 * Health vocabulary for the PHI rules (C2): conditions and symptoms, sensitive categories
 * (COMPLIANCE.md 2.3), procedures and tests, medicines, body parts and care settings that reveal a
 * condition (NICU, psych ward). A reply that repeats one of these from the comment about a person,
 * or attaches one to a person, discloses health information.
 *
 * Words that are also everyday English ("head", "back", "heart", "cold") are only listed inside
 * phrases ("heart attack"), because a false hit here blocks a harmless reply.
 */
export type HealthCategory =
  'sensitive' | 'condition' | 'procedure' | 'medication' | 'body' | 'setting';

export interface HealthTerm {
  /** Stable id: the first spelling of the entry; plural and tense variants share it. */
  readonly id: string;
  readonly category: HealthCategory;
  readonly pattern: RegExp;
}

const SENSITIVE = [
  'depress(?:ion|ed|ive)',
  'anxiety',
  'panic attacks?',
  'bipolar',
  'schizophreni\\w*',
  'psychosis|psychotic',
  'psych(?:iatric)? (?:ward|unit|hold|er|floor|admission)|psychiatric|psych ward',
  'suicid\\w*',
  'self[- ]harm\\w*',
  'overdos\\w*',
  'rehab|detox',
  'addict\\w*',
  'alcoholi\\w*|drinking problem',
  'substance (?:use|abuse)',
  'opioids?|methadone|suboxone',
  'hiv|aids(?<!hearing aids)',
  'std|stds|sti|stis|herpes|chlamydia|syphilis|gonorrh\\w*',
  'pregnan\\w*',
  'breastfe\\w*|formula[- ]fed',
  'c-?section|cesarean|epidurals?',
  'miscarr\\w*',
  'abortions?',
  'ivf|infertil\\w*',
  'cancers?|tumou?rs?|malignan\\w*|melanoma|leukemia|lymphoma',
  'chemo\\w*|radiation therapy',
  'oncolog\\w*',
  'dialysis',
  'transplants?',
  'dementia|alzheimer\\w*',
  'autis\\w*',
  'eating disorders?|anorexi\\w*|bulimi\\w*',
  'ptsd|ocd',
  'hospice|palliative',
  'stillb\\w*',
] as const;

const CONDITION = [
  'infect(?:ion|ions|ed)',
  'c\\.? ?diff|mrsa|sepsis|septic',
  'fevers?|feverish',
  'coughs?|coughing',
  'croup',
  'flu|influenza',
  'covid(?:-19)?|coronavirus',
  'rsv',
  'measles|mumps|rubella|chickenpox|shingles|polio|whooping cough|pertussis|tetanus|hpv|hepatitis|tuberculosis|\\btb\\b|mono|lyme|norovirus|e\\. ?coli|listeria|salmonella',
  'virus(?:es)?|viral',
  'pneumonia|bronchitis',
  'asthma\\w*',
  'allerg(?:y|ies|ic)|anaphyla\\w*',
  'migraines?|headaches?',
  'strokes?',
  'heart attacks?|heart failure|heart condition|heart rate|heart problems?|cardiac arrest',
  'seizures?|epilep\\w*',
  'diabet\\w*',
  'blood pressure|hypertension',
  'blood sugar|sugars? (?:is|was|reads?) \\d+|hypoglyc\\w*',
  'cholesterol',
  'fractur\\w*|broken (?:arm|leg|wrist|ankle|bone|hip|foot|toe|finger|nose|rib)s?',
  'sprain\\w*',
  'concussions?',
  'rash(?:es)?|hives',
  'burns?|blisters?',
  'bleeding|blood loss|hemorrhag\\w*',
  'swell(?:ing|ed)|swollen',
  'pain(?:ful)?',
  'nausea|nauseous|vomit\\w*|throwing up',
  'diarrh\\w*|constipat\\w*',
  'appendi(?:x|citis)',
  'dehydrat\\w*',
  'dizz(?:y|iness)|faint(?:ed|ing)|lighthead\\w*',
  'uti|urinary tract infection',
  'strep',
  'arthritis',
  'hernias?',
  'kidney stones?|gallstones?|gallbladder',
  'moles?',
  'jaundice',
  'colic',
  'reflux',
  'insomnia|trouble sleeping',
  'weight (?:gain|loss)|gaining weight|losing weight',
  'inr',
  'vital signs|vitals',
  'poop|stool|bowel movements?',
  'wounds?',
  'earaches?|ear infections?',
  'sore throat',
  'chest pain',
  'shortness of breath|trouble breathing',
  'choking',
  'unconscious|unresponsive',
  'confus(?:ed|ion)|delirium',
  'incontinen\\w*',
  'disabilit\\w*|disabled',
  'deaf(?:ness)?|blind(?:ness)?',
  'premature|preemie',
  'jaundiced',
  'circumcis\\w*',
  'teething',
] as const;

const PROCEDURE = [
  'surger(?:y|ies)|surgical',
  'operations?|operated',
  'appendectomy',
  'bypass',
  '(?:knee|hip|joint|shoulder) replacements?',
  'colonoscop\\w*|endoscop\\w*',
  'biops(?:y|ies)',
  'mri|mris',
  'ct scans?|cat scans?',
  'x-?rays?',
  'ultrasounds?',
  'mammogra\\w*',
  'blood (?:draw|test|work)s?|labs|lab (?:work|results?)|test results?|pathology',
  'pap (?:smear|test)s?',
  'vaccin\\w*|immuniz\\w*|booster',
  '(?:flu|tetanus|covid) shots?',
  'stitch(?:es)?|sutures?',
  'casts?',
  'infusions?|transfusions?',
  'physical therapy',
  'heart cath|catheteri\\w*|cath lab',
  'stents?',
  'pacemakers?',
  'feeding tubes?',
  'intubat\\w*|ventilator',
  'anesthe\\w*',
  'dressing change|dressings?',
  'delivery|gave birth|giving birth',
  'hearing aids?|dentures|cpap|insulin pumps?|wheelchairs?(?= (?:for|since))',
] as const;

const MEDICATION = [
  'ibuprofen|motrin|advil',
  'acetaminophen|tylenol|paracetamol',
  'naproxen|aleve',
  'aspirin',
  'benadryl|diphenhydramine',
  'melatonin',
  'sertraline|zoloft|prozac|fluoxetine|lexapro|escitalopram|antidepressants?',
  'xanax|ativan|benzodiazepines?',
  'adderall|ritalin',
  'warfarin|coumadin|eliquis|blood thinners?',
  'metformin|ozempic|semaglutide',
  'insulin',
  'amoxicillin|azithromycin|z-?pack|antibiotics?',
  'prednisone|steroids?',
  'oxycodone|percocet|vicodin|morphine|fentanyl|tramadol|painkillers?',
  'gabapentin',
  'lisinopril|statins?|lipitor',
  'zofran|ondansetron',
  'miralax|laxatives?',
  'epinephrine|epi-?pens?',
  'inhalers?|albuterol|nebuli\\w*',
  'birth control|plan b',
  'heart (?:pills|meds|medication)|blood pressure (?:pills|meds|medication)',
  'edibles?',
] as const;

const BODY = [
  'arms?',
  'legs?',
  'knees?',
  'hips?',
  'ankles?',
  'wrists?',
  'palms?',
  'feet|foot',
  'toes?',
  'fingers?',
  'neck',
  'chest',
  'stomach|belly|abdomen|tummy',
  'lungs?',
  'kidneys?',
  'liver',
  'brain',
  'eyes?',
  'ears?',
  'throat',
  'skin',
  'bones?',
  'shoulders?',
  'spine',
  'teeth|tooth',
  'veins?',
  'uterus|cervix|ovar(?:y|ies)',
  'breasts?',
  'prostate',
  'colon',
  'bladder',
  'bowels?',
] as const;

const SETTING = [
  'nicu|picu|icu',
  'intensive care',
  'maternity|labou?r and delivery|l&d|birth center|birthing center',
  'oncology (?:unit|floor|ward)',
  'cardiac (?:unit|icu|floor|rehab)|cardiology unit|neuro (?:unit|icu)',
  'rehab (?:floor|unit)',
  'peds|pediatric (?:unit|floor|ward)',
  'geriatric (?:clinic|unit)',
  'pre-?op|post-?op|recovery room',
  'operating room',
] as const;

function build(category: HealthCategory, sources: readonly string[]): HealthTerm[] {
  return sources.map((source) => ({
    id: source.split('|')[0],
    category,
    pattern: new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'g'),
  }));
}

export const HEALTH_TERMS: readonly HealthTerm[] = [
  ...build('sensitive', SENSITIVE),
  ...build('condition', CONDITION),
  ...build('procedure', PROCEDURE),
  ...build('medication', MEDICATION),
  ...build('body', BODY),
  ...build('setting', SETTING),
];

export interface HealthTermHit {
  term: HealthTerm;
  start: number;
  end: number;
}

/**
 * Every health term in a normalised text; overlapping hits keep the longest ("heart attack" over a
 * bare body word).
 *
 * @example findHealthTerms('my dad had a stroke').map((hit) => hit.term.id) // -> ['strokes?']
 */
export function findHealthTerms(text: string): HealthTermHit[] {
  const hits: HealthTermHit[] = [];
  for (const term of HEALTH_TERMS) {
    term.pattern.lastIndex = 0;
    for (const match of text.matchAll(term.pattern)) {
      hits.push({ term, start: match.index, end: match.index + match[0].length });
    }
  }
  hits.sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: HealthTermHit[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) {
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

/** Conditions and sensitive terms as one alternation (for speculation patterns). */
export const CONDITION_SOURCE = [...SENSITIVE, ...CONDITION].join('|');

/** Drug names and remedies: with a directive verb they are dosing advice (C10). */
export const DRUG_NAMES = new RegExp(
  `(?<![\\w-])(?:${MEDICATION.join('|')}|tums|pepto|imodium|mucinex|robitussin|claritin|zyrtec|sudafed|nyquil|dayquil)(?![\\w-])`,
);
