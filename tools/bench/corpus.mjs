// Deterministic, realistic-looking hospital comments for benchmarks: the same seed gives the
// same rows on every machine, so runs compare.
const OPENERS = [
  'Thank you so much to the nurses on',
  'Waited four hours in the ER at',
  'Does anyone know if parking at',
  'My mom had her surgery at',
  'Is the flu clinic open this weekend at',
  'Billing keeps sending me the wrong statement from',
  'Shoutout to the respiratory team at',
  'The cafeteria food at',
  'Why does it take three weeks to get an MRI at',
  'Can someone call me back about my records from',
  'Great job by the volunteers at',
  'Visiting hours changed again at',
];
const PLACES = [
  '4 West',
  'the cancer center',
  'the birthing center',
  'the main campus',
  'Northside clinic',
  'the ER',
  'pediatrics',
  'radiology',
];
const MIDDLES = [
  'the staff were kind and explained everything',
  'nobody answered the phone for an hour',
  'the new garage was full by 9am',
  'the discharge paperwork was confusing',
  'everyone washed their hands and introduced themselves',
  'my bill doubled without explanation',
  'the interpreter arrived quickly',
  'the waiting room was freezing',
  'they found my lost glasses',
  'the ambulance bay was blocked',
];
const CLOSERS = [
  '🙏',
  'never again.',
  'any advice?',
  '#grateful',
  'please fix this',
  'thank you!!',
  '😡',
  'is this normal?',
  '',
  'five stars',
];
const NAMES = [
  'Maria',
  'James',
  'Aisha',
  'Tom',
  'Lucía',
  'Wei',
  'Priya',
  'Dmitri',
  'Grace',
  'Kwame',
  'Hannah',
  'Luis',
];
const SURNAMES = [
  'Lopez',
  'Nguyen',
  'Smith',
  'Okafor',
  'Kowalski',
  'Haddad',
  'Brown',
  'Reyes',
  'Cohen',
  'Patel',
];

export const CHANNELS = ['facebook', 'instagram', 'x', 'youtube', 'google_review', 'blog'];

/** mulberry32: a tiny seeded PRNG. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Comment `index` of the benchmark corpus, as `ingestComments` input. */
export function benchComment(rand, index, startMs) {
  const text =
    `${pick(rand, OPENERS)} ${pick(rand, PLACES)}, ${pick(rand, MIDDLES)} ${pick(rand, CLOSERS)}`.trim();
  return {
    channel: CHANNELS[index % CHANNELS.length],
    externalId: `bench-${index}`,
    authorName: `${pick(rand, NAMES)} ${pick(rand, SURNAMES)}`,
    authorHandle: rand() < 0.4 ? `@user${Math.floor(rand() * 1e6)}` : null,
    text,
    url: null,
    createdAt: new Date(startMs + index * 1000).toISOString(),
  };
}
