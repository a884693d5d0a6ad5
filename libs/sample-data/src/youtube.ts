import { buildComments, buildPosts, type ChannelScheme } from './comment-rows';
import { base64UrlFrom } from './platform-ids';
import type { CommentRow, PostRow } from './sample-data.type';

export const YOUTUBE_CHANNEL_ID = `UC${base64UrlFrom('yt-channel', 22)}`;

const POSTS = {
  er: {
    minutesAgo: 27_630,
    text: 'How the ER decides who is seen first | Northbrook General Hospital. Dr. Renata Okafor walks through triage, why wait times vary, and what to bring with you.',
  },
  birth: {
    minutesAgo: 36_000,
    text: 'Your birth at Northbrook General: a tour of the Birth Center. Labor rooms, tubs, pain relief options and where your partner can stay.',
  },
  cancer: {
    minutesAgo: 14_640,
    text: 'Tour the Halvorsen Cancer Center: infusion, radiation oncology, the Breast Health Clinic and our patient support services, now open on Lakeview Drive.',
  },
} as const satisfies Record<string, PostRow>;

type PostKey = keyof typeof POSTS;

// One comment per line keeps the sample readable as a table; prettier would spread each over ten.
// prettier-ignore
const ROWS: readonly CommentRow<PostKey>[] = [
  { id: 1, post: 'er', author: 'Linda Sorensen', handle: 'lindasorensen4821', minutesAgo: 27_041, intents: ['praise'], text: 'Very well explained, thank you Dr. Okafor.' },
  { id: 2, post: 'er', author: 'GamerDad77', handle: 'gamerdad77', minutesAgo: 26_900, intents: ['complaint'], text: "explains why I waited 6 hrs, doesn't explain why there were 3 nurses at the desk on their phones the whole time" },
  { id: 3, replyTo: 2, author: 'Kerri RN', handle: 'kerri_rn_life', minutesAgo: 26_820, intents: [], text: "@gamerdad77 those 'phones' are how we chart and page doctors now btw. not defending long waits but that's probably what you saw" },
  { id: 4, replyTo: 3, author: 'GamerDad77', handle: 'gamerdad77', minutesAgo: 26_230, intents: [], text: "@kerri_rn_life fair enough, didn't know that" },
  { id: 5, post: 'er', author: 'Ruth Abernathy', handle: 'ruthabernathy', minutesAgo: 24_615, intents: ['medical_advice_request'], text: "I've had chest tightness off and on for 3 days but it goes away when I rest. Is that an ER thing or can I wait for my doctor? I'm 64." },
  { id: 6, post: 'er', author: 'Marcus Deloache', handle: 'marcusdeloache', minutesAgo: 23_000, intents: [], text: "2:14 the nurse's face when he says 'we don't see people in order' 😂😂" },
  { id: 7, post: 'er', author: 'CryptoKing Recovery', handle: 'cryptokingrecovery', minutesAgo: 20_000, intents: ['spam'], text: 'Many people lost money to fake investments, I recommend Mrs. Sandra Cole, she helped me recover my lost Bitcoin. Reach her on Telegram @sandracolerecovers' },
  { id: 8, post: 'er', author: 'Hector Villalobos', handle: 'hectorvillalobos', minutesAgo: 18_000, intents: ['service_question'], text: '¿Hay una versión de este video en español? A mi mamá le serviría mucho.' },
  { id: 9, post: 'er', author: 'Tara Quinn', handle: 'taraquinn', minutesAgo: 14_817, intents: ['complaint'], text: "my son was sent home from your ER with 'a virus' and it was his appendix. it ruptured the next day. the video says you see the sickest first, you didn't even SEE him." },
  { id: 10, post: 'er', author: 'Nate', handle: 'natethegreat_22', minutesAgo: 9_000, intents: [], text: "who's here because their mom sent it in the family group chat 😂" },
  { id: 11, post: 'er', author: 'Joan Mills', handle: 'joanmills1950', minutesAgo: 4_000, intents: ['praise'], text: '🙏' },
  { id: 12, post: 'cancer', author: 'Pam Halvorsen-Reid', handle: 'pamhreid', minutesAgo: 13_900, intents: ['praise'], text: "My grandfather's name on that building made me cry. He'd be so proud. Thank you to everyone who made this happen." },
  { id: 13, post: 'cancer', author: 'Rick Saunders', handle: 'ricksaunders', minutesAgo: 13_000, intents: ['misinformation'], text: "Interesting they never mention ivermectin and fenbendazole, which cure cancer. Look it up." },
  { id: 14, replyTo: 13, author: 'Priscilla Wong', handle: 'priscillawong', minutesAgo: 12_800, intents: [], text: '@ricksaunders dog dewormer does not cure cancer Rick' },
  { id: 15, replyTo: 14, author: 'Rick Saunders', handle: 'ricksaunders', minutesAgo: 12_600, intents: ['misinformation'], text: '@priscillawong keep trusting the system then. thousands of people cured, the testimonials are all online' },
  { id: 16, post: 'cancer', author: 'Brenda Yu', handle: 'brendayu', minutesAgo: 11_000, intents: ['service_question'], text: 'Where do I park for radiation appointments? The video shows two entrances' },
  { id: 17, post: 'cancer', author: 'Shawn Fitzgerald', handle: 'shawnfitz', minutesAgo: 8_500, intents: ['medical_advice_request'], text: 'My PSA came back 6.8 and my urologist wants a biopsy. Is that high enough to really need one? 58 years old' },
  { id: 18, post: 'cancer', author: 'Laila Haddad', handle: 'lailahaddad', minutesAgo: 7_614, intents: ['praise'], text: 'The music in this video 😭 and the infusion bays look so peaceful' },
  { id: 19, post: 'cancer', author: 'SubForSub Central', handle: 'sub4sub_central', minutesAgo: 5_200, intents: ['spam'], text: "Nice video! Sub to my channel and I'll sub back 🔔 let's grow together" },
  { id: 20, post: 'cancer', author: 'Dave K', handle: 'davek', minutesAgo: 1_200, intents: [], text: 'who does the drone footage? very smooth' },
  { id: 21, post: 'birth', author: 'Kelsey Arnold', handle: 'kelseyarnold', minutesAgo: 35_800, intents: ['praise'], text: 'Delivered here in the spring and this tour is exactly how it was. The tubs!!! 🛁' },
  { id: 22, post: 'birth', author: 'Crunchy Mama Collective', handle: 'crunchymamacollective', minutesAgo: 34_500, intents: ['misinformation'], text: 'Friendly reminder that epidurals cross the placenta and your baby comes out hooked on opioids. Epidural babies go through withdrawal. Go natural, mamas 🌿' },
  { id: 23, replyTo: 22, author: 'Ana Lucía Paredes', handle: 'analuciaparedes', minutesAgo: 34_243, intents: ['misinformation', 'medical_advice_request'], text: '@crunchymamacollective wait is this true?? I was planning on getting one, I’m 36 weeks 😟' },
  { id: 24, post: 'birth', author: 'Jamal Greene', handle: 'jamalgreene', minutesAgo: 30_000, intents: ['service_question'], text: 'Can my partner stay overnight in the postpartum room? And is there a fold out bed?' },
  { id: 25, post: 'birth', author: 'Destiny Lowry', handle: 'destinylowry', minutesAgo: 22_500, intents: ['medical_advice_request'], text: "I'm 38 weeks and had some spotting and cramps since this morning but baby is moving fine. Do I need to come in or wait it out?" },
  { id: 26, post: 'birth', author: 'Chelsea Park', handle: 'chelseapark', minutesAgo: 16_000, intents: ['complaint'], text: "Tour looks great. Reality: I was left alone in triage for 3 hrs in active labor because 'it's a busy night'." },
  { id: 27, post: 'birth', author: 'Trent Walsh', handle: 'trentwalsh88', minutesAgo: 6_171, intents: ['abuse', 'complaint'], text: 'The anesthesiologist in this video (Dr. Brennan) is an incompetent hack. Botched my wife’s epidural and laughed about it. Disgusting human being.' },
  { id: 28, post: 'birth', author: 'Sofia Martins', handle: 'sofiamartins', minutesAgo: 2_000, intents: ['praise'], text: 'Watching this at 37 weeks, feeling so much calmer now 🥹 thank you' },
  { id: 29, post: 'er', author: 'Dolores Ybarra', handle: 'doloresybarra', minutesAgo: 12_857, intents: ['service_question'], text: "Do you have to pay for the ER upfront if you don't have insurance? Asking before I bring my son in" },
];

const SCHEME: ChannelScheme<PostKey> = {
  channel: 'youtube',
  describePost: (key) => {
    const id = videoId(key);
    return { externalId: id, url: `https://www.youtube.com/watch?v=${id}` };
  },
  // Top-level comment ids end in `4AaABAg`; a reply's id is its thread's id, a dot and its own.
  describeComment: (row, { post, threadExternalId }) => {
    const prefix = ['Ugz', 'Ugw', 'Ugx', 'Ugy'][row.id % 4];
    const externalId =
      threadExternalId === null
        ? `${prefix}${base64UrlFrom(`yt-comment:${row.id}`, 19)}4AaABAg`
        : `${threadExternalId}.A${base64UrlFrom(`yt-reply:${row.id}`, 21)}`;
    const url =
      post === null ? null : `https://www.youtube.com/watch?v=${videoId(post)}&lc=${externalId}`;
    return { externalId, url };
  },
};

function videoId(key: PostKey): string {
  return base64UrlFrom(`yt-video:${key}`, 11);
}

export const YOUTUBE_POSTS = buildPosts(POSTS, SCHEME);
export const YOUTUBE_COMMENTS = buildComments(ROWS, POSTS, SCHEME);
