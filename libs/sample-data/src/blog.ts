import { buildComments, buildPosts, type ChannelScheme } from './comment-rows';
import type { CommentRow, PostRow } from './sample-data.type';

export const BLOG_URL = 'https://www.northbrookgeneral.example/blog';

const POSTS = {
  rsv: {
    minutesAgo: 40_580,
    text: 'RSV season: what parents need to know. Who is most at risk, the new protection options for babies and older adults, and the warning signs that mean your child should be seen today.',
  },
  birth: {
    minutesAgo: 30_530,
    text: 'Pain relief in labor: your options. Our obstetric anesthesia team explains epidurals, nitrous oxide, IV medicines and non-drug comfort measures, and answers the questions we hear most.',
  },
  teens: {
    minutesAgo: 26_190,
    text: 'When to worry: talking with your teen about mental health. Signs to watch for, how to start the conversation, and where to get help in Northbrook, including the 988 Suicide & Crisis Lifeline.',
  },
  records: {
    minutesAgo: 20_410,
    text: 'How to request your medical records: what you can ask for, the online form, who can request records for a family member, and how long it takes.',
  },
  heat: {
    minutesAgo: 4_590,
    text: 'Staying safe in a heat wave: who is at risk, how medicines can change how your body handles heat, the signs of heat exhaustion and heat stroke, and Northbrook cooling centers.',
  },
} as const satisfies Record<string, PostRow>;

type PostKey = keyof typeof POSTS;

// WordPress numbers posts and comments from site-wide counters; ours start where a site a few
// years old would be.
const POST_IDS: Record<PostKey, number> = {
  rsv: 2381,
  birth: 2394,
  teens: 2402,
  records: 2410,
  heat: 2437,
};

const SLUGS: Record<PostKey, string> = {
  rsv: 'rsv-season-what-parents-need-to-know',
  birth: 'pain-relief-in-labor-your-options',
  teens: 'talking-with-your-teen-about-mental-health',
  records: 'how-to-request-your-medical-records',
  heat: 'staying-safe-in-a-heat-wave',
};

// One comment per line keeps the sample readable as a table; prettier would spread each over ten.
// WordPress shows a comment left without a name as "Anonymous".
// prettier-ignore
const ROWS: readonly CommentRow<PostKey>[] = [
  { id: 1, post: 'rsv', author: 'Megan Holt', minutesAgo: 39_900, intents: ['praise'], text: 'This was so clear and helpful. Sharing with my moms group.' },
  { id: 2, post: 'rsv', author: 'Anonymous', minutesAgo: 37_735, intents: ['medical_advice_request'], text: 'My 10 month old has had a runny nose and cough for 3 days, no fever, eating and peeing normally. Is this RSV and does he need to be tested?' },
  { id: 3, post: 'rsv', author: 'Daniela R.', minutesAgo: 36_000, intents: ['service_question'], text: 'Where can I get the RSV shot for my newborn? Does your pediatric clinic give it?' },
  { id: 4, post: 'rsv', author: 'Kathy Bloom', minutesAgo: 33_000, intents: ['misinformation'], text: "The new RSV shot for babies hasn't been tested long enough. It's experimental and it's causing seizures all over the country. Nobody is talking about it." },
  { id: 5, replyTo: 4, author: 'Jon Adeyemi', minutesAgo: 32_800, intents: [], text: 'Kathy, can you share where you read that? The article links the actual studies.' },
  { id: 6, replyTo: 5, author: 'Kathy Bloom', minutesAgo: 32_702, intents: ['misinformation'], text: "It's all over the moms groups. Hundreds of stories. You can't trust 'studies' paid for by the drug companies." },
  { id: 7, post: 'rsv', author: 'Anonymous', minutesAgo: 27_730, intents: [], text: 'bookmarking this for winter' },
  { id: 8, post: 'rsv', author: 'Linh Pham', minutesAgo: 20_500, intents: ['medical_advice_request'], text: "Hi, I'm Linh Pham (linh.pham@example.com). My daughter was born 02/17 at 34 weeks. Is she still eligible for the RSV antibody or is she too old now?" },
  { id: 9, post: 'rsv', author: 'SEO Experts Pro', minutesAgo: 9_000, intents: ['spam'], text: 'Great content! Our agency can help your hospital blog rank #1 on Google. Visit seo-rankers.example for a FREE audit today.' },
  { id: 10, post: 'heat', author: 'Anonymous', minutesAgo: 3_080, intents: [], text: 'first' },
  { id: 11, post: 'heat', author: 'Doris Pennington', minutesAgo: 2_800, intents: ['service_question'], text: "Does the hospital give out fans to seniors like the county used to? I'm 78 and my apartment is like an oven." },
  { id: 12, post: 'heat', author: 'Ray Gutierrez', minutesAgo: 1_900, intents: ['medical_advice_request'], text: 'I take lisinopril and metformin. Are either of those a problem in the heat? I work outside on a roofing crew.' },
  { id: 13, post: 'heat', author: 'Anonymous', minutesAgo: 71, intents: ['praise'], text: 'Thank you for the reminder to check the back seat before locking the car. Simple but important.' },
  { id: 14, post: 'teens', author: 'Anonymous', minutesAgo: 24_878, intents: ['praise'], text: 'As the parent of a teen who struggled last year, thank you for writing this.' },
  { id: 15, post: 'teens', author: 'Marcy Collins', minutesAgo: 20_000, intents: ['service_question'], text: 'Do you have a child psychiatrist taking new patients? The waitlist everywhere else is 6 months.' },
  { id: 16, post: 'teens', author: 'Trish Olsen', minutesAgo: 11_000, intents: ['complaint'], text: 'Called your behavioral health intake line 4 times last week. Nobody calls back. Great article, shame the services are impossible to reach.' },
  { id: 17, post: 'teens', author: 'Anonymous', minutesAgo: 8_450, intents: ['self_harm', 'medical_advice_request'], text: "my 15 year old left a note on his bed saying sorry and goodbye and now he won't answer his phone. I think he's at a friend's house. what do I do" },
  { id: 18, post: 'birth', author: 'Anonymous', minutesAgo: 29_900, intents: ['misinformation'], text: 'My sister-in-law says the epidural is why her son has ADHD. Is that a known thing?' },
  { id: 19, post: 'birth', author: 'Holly Kincaid', minutesAgo: 27_179, intents: ['praise'], text: 'Had my epidural with Dr. Brennan last year and it was the best decision I made. This article is spot on.' },
  { id: 20, post: 'birth', author: 'Nina Santoro', minutesAgo: 18_000, intents: ['medical_advice_request'], text: 'I have scoliosis with rods in my lower back. Can I still get an epidural? My OB said to ask anesthesia.' },
  { id: 21, post: 'records', author: 'Edward Pike', minutesAgo: 19_950, intents: ['service_question'], text: "Can I request my late father's records? I'm the executor of his estate." },
  { id: 22, post: 'records', author: 'Anonymous', minutesAgo: 14_690, intents: ['complaint'], text: 'The online form times out every single time I get to the upload-your-ID page. Tried 3 browsers.' },
  { id: 23, post: 'records', author: 'Bernard Lusk', minutesAgo: 6_000, intents: ['service_question', 'complaint'], text: 'I requested my records on 8/30 (Bernard Lusk, DOB 1/22/1949). Still nothing. How long does it usually take?' },
  { id: 24, post: 'records', author: 'Wanda Fisher', minutesAgo: 10_400, intents: ['service_question'], text: "Can my daughter request my records for me if I sign something? I'm not good with computers." },
  { id: 25, post: 'heat', author: 'Anonymous', minutesAgo: 1_400, intents: ['medical_advice_request'], text: 'Is it safe to keep running in this heat on a beta blocker? I do my usual 5 miles at 6am before it gets hot.' },
];

const SCHEME: ChannelScheme<PostKey> = {
  channel: 'blog',
  describePost: (key) => ({ externalId: String(POST_IDS[key]), url: articleUrl(key) }),
  describeComment: (row, { post }) => {
    const id = String(48_213 + row.id * 3);
    return { externalId: id, url: post === null ? null : `${articleUrl(post)}#comment-${id}` };
  },
};

function articleUrl(key: PostKey): string {
  return `${BLOG_URL}/${SLUGS[key]}/`;
}

export const BLOG_POSTS = buildPosts(POSTS, SCHEME);
export const BLOG_COMMENTS = buildComments(ROWS, POSTS, SCHEME);
