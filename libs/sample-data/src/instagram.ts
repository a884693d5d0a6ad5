import { buildComments, buildPosts, type ChannelScheme } from './comment-rows';
import { base64UrlFrom, digitsFrom } from './platform-ids';
import type { CommentRow, PostRow } from './sample-data.type';

export const INSTAGRAM_ACCOUNT_ID = '17841405793187218';

const POSTS = {
  flu: {
    minutesAgo: 39_160,
    text: 'Our CEO got her flu shot today. Have you? 💉 Walk-in clinics every Saturday, 8–2, Main Lobby. #FightFlu #NorthbrookGeneral',
  },
  garage: {
    minutesAgo: 42_020,
    text: 'Ribbon cut ✂️ The Elm Street Garage is officially open: 620 spaces, covered walkway to the Main Lobby, 12 EV chargers. #NorthbrookGeneral',
  },
  nurses: {
    minutesAgo: 33_000,
    text: 'Meet the 5 West night shift 🌙 They keep watch while Northbrook sleeps. Happy Nurse Appreciation Week to every one of our nurses 💙 #NurseWeek',
  },
  dog: {
    minutesAgo: 24_760,
    text: 'Meet Biscuit 🐾 our newest volunteer! This 4-year-old golden retriever visits Pediatrics and the Cancer Center every Tuesday and Thursday with his handler Joan. #TherapyDog',
  },
  cancer: {
    minutesAgo: 14_660,
    text: 'Light fills every infusion bay at the new Halvorsen Cancer Center 🎗️ Designed with patients, for patients. Now open on Lakeview Drive.',
  },
  cookie: {
    minutesAgo: 11_500,
    text: "It's Cookie Friday at Café 1 🍪 Chef Lorena's chocolate chip cookies come out of the oven at 10 and 2. Yes, we know you want the recipe. 😉",
  },
} as const satisfies Record<string, PostRow>;

type PostKey = keyof typeof POSTS;

// One comment per line keeps the sample readable as a table; prettier would spread each over ten.
// The Graph API gives a commenter's username only, so authors are handles with no name.
// prettier-ignore
const ROWS: readonly CommentRow<PostKey>[] = [
  { id: 1, post: 'nurses', author: null, handle: 'bree.nicole', minutesAgo: 32_950, intents: ['praise'], text: 'night shift queens 👑👑' },
  { id: 2, post: 'nurses', author: null, handle: 'marcus.rn', minutesAgo: 32_700, intents: ['praise'], text: 'Proud to be on this team 🙌 #5WestBestWest' },
  { id: 3, post: 'nurses', author: null, handle: 'sara_h_photo', minutesAgo: 32_100, intents: ['praise'], text: '😍' },
  { id: 4, post: 'nurses', author: null, handle: 'tina.loves.tacos', minutesAgo: 31_500, intents: ['praise'], text: 'Nurse Keisha is in the middle!!! She took care of my papa. Best nurse ever 💙' },
  { id: 5, post: 'nurses', author: null, handle: 'real_talk_rn', minutesAgo: 30_000, intents: ['complaint'], text: 'cute pic. now staff the unit properly so they can pee during a 12 😐' },
  { id: 6, replyTo: 5, author: null, handle: 'marcus.rn', minutesAgo: 29_800, intents: [], text: '@real_talk_rn facts tho 😂' },
  { id: 7, post: 'nurses', author: null, handle: 'f4f.insta.growth', minutesAgo: 26_000, intents: ['spam'], text: 'Nice pic! Follow me and I follow back 💯🔁 #f4f #l4l #followforfollowback' },
  { id: 8, post: 'garage', author: null, handle: 'kay.dubs', minutesAgo: 41_378, intents: ['praise'], text: 'FINALLY 🙌🙌🙌' },
  { id: 9, post: 'garage', author: null, handle: 'daveyjones_nb', minutesAgo: 40_737, intents: ['service_question'], text: 'how much is monthly parking for employees?' },
  { id: 10, post: 'garage', author: null, handle: 'annie.bakes.bread', minutesAgo: 39_000, intents: ['complaint'], text: 'cute ribbon but the exit on Elm is a death trap, nobody can turn left out of there' },
  { id: 11, post: 'garage', author: null, handle: 'cryptoqueen_amara', minutesAgo: 36_000, intents: ['spam'], text: 'I made $12,400 this week with Bitcoin trading 📈 all thanks to @mentor_jakewilliams 🙏 check him out!!' },
  { id: 12, post: 'cancer', author: null, handle: 'pinkribbon_patti', minutesAgo: 14_050, intents: ['praise'], text: 'Survivor here 🎗️ this is gorgeous. The infusion nurses are the real heroes' },
  { id: 13, post: 'cancer', author: null, handle: 'lauren.k.m', minutesAgo: 14_254, intents: ['service_question'], text: 'Is there a place for kids to wait while parents get treatment?' },
  { id: 14, post: 'cancer', author: null, handle: 'big_al_fishing', minutesAgo: 12_900, intents: ['praise'], text: '💪💪' },
  { id: 15, post: 'cancer', author: null, handle: 'nat.wellness.coach', minutesAgo: 11_400, intents: ['misinformation', 'spam'], text: 'Chemo kills more people than cancer does. Heal naturally with my 30-day alkaline detox 🍋 link in bio!!' },
  { id: 16, post: 'cancer', author: null, handle: 'jessie_rae_', minutesAgo: 10_900, intents: ['medical_advice_request'], text: 'I just got diagnosed with DCIS and they want a lumpectomy AND radiation. Is radiation really necessary for stage 0? Scared 😔' },
  { id: 17, post: 'cancer', author: null, handle: 'gregg.tm', minutesAgo: 9_500, intents: [], text: "that's a lot of windows" },
  { id: 18, post: 'dog', author: null, handle: 'kiddo.mom', minutesAgo: 23_950, intents: ['praise'], text: 'BISCUIT 😭😭 he came to my son’s room on Peds and it was the first time he smiled in a week' },
  { id: 19, post: 'dog', author: null, handle: 'goldens_of_ig', minutesAgo: 23_130, intents: [], text: 'Golden retrievers are the best therapists 🐶💛' },
  { id: 20, post: 'dog', author: null, handle: 'rosie.vet.tech', minutesAgo: 22_800, intents: ['service_question'], text: 'How does a dog become a therapy volunteer? I have a very chill lab 🐕' },
  { id: 21, replyTo: 20, author: null, handle: 'biscuits.mom', minutesAgo: 22_700, intents: [], text: '@rosie.vet.tech we went through the Paws to Heal program, they test temperament first! DM me' },
  { id: 22, replyTo: 21, author: null, handle: 'rosie.vet.tech', minutesAgo: 22_640, intents: [], text: '@biscuits.mom omg thank you!! 🥰' },
  { id: 23, post: 'dog', author: null, handle: 'no.dogs.in.hospitals', minutesAgo: 21_249, intents: ['complaint'], text: 'Dogs in a hospital?? What about people with allergies and immunocompromised patients? Gross.' },
  { id: 24, post: 'dog', author: null, handle: 'lilmiaxo', minutesAgo: 18_500, intents: [], text: 'I want to pet him so bad' },
  { id: 25, post: 'cookie', author: null, handle: 'cookiemonster_nb', minutesAgo: 11_450, intents: [], text: 'RECIPE PLEASE 🙏🍪 I will sign an NDA' },
  { id: 26, post: 'cookie', author: null, handle: 'jana.eats', minutesAgo: 11_300, intents: ['praise'], text: 'Best cookie in Northbrook, not even close. Chef Lorena 👑' },
  { id: 27, post: 'cookie', author: null, handle: 'sweet_tooth_tim', minutesAgo: 11_109, intents: ['service_question'], text: 'Are these at the cancer center café too or only the main building?' },
  { id: 28, post: 'cookie', author: null, handle: 'hungrynurse', minutesAgo: 9_000, intents: [], text: 'we are all gaining 10 lbs because of this post 😂' },
  { id: 29, post: 'cookie', author: null, handle: 'mike.oneal', minutesAgo: 8_537, intents: ['complaint'], text: "Great cookies, shame the patient food is ice cold every night. My wife's dinner tray sat outside her room for an hour." },
  { id: 30, post: 'cookie', author: null, handle: 'grandma_joan_bakes', minutesAgo: 4_000, intents: [], text: 'Try a pinch of flaky sea salt on top, my grandkids go crazy for it' },
  { id: 31, post: 'flu', author: null, handle: 'alexandra.p', minutesAgo: 37_610, intents: ['praise'], text: 'Love a CEO who leads by example 💪' },
  { id: 32, post: 'flu', author: null, handle: 'natural.mama.jen', minutesAgo: 37_000, intents: ['misinformation'], text: "Flu shots during pregnancy cause miscarriages. I'll never. 🚫💉" },
  { id: 33, replyTo: 32, author: null, handle: 'doula.marisa', minutesAgo: 36_960, intents: [], text: "@natural.mama.jen that's not true, it's actually recommended in pregnancy. please talk to your OB 💛" },
  { id: 34, post: 'flu', author: null, handle: 'tomas.rdz', minutesAgo: 34_930, intents: ['service_question'], text: '¿Tienen vacunas para niños los sábados también?' },
  { id: 35, post: 'flu', author: null, handle: 'ally_b', minutesAgo: 30_500, intents: ['medical_advice_request'], text: "Got mine yesterday and my arm is so swollen I can't lift it above my shoulder. Is that normal? Should I ice it?" },
  { id: 36, post: 'cookie', author: null, handle: 'sam.and.eli.mom', minutesAgo: 3_350, intents: ['emergency', 'medical_advice_request'], text: "my son just got stung by a bee at the park and his lips are swelling and he's wheezing, we don't have an epipen. what do I do???" },
  { id: 37, post: 'nurses', author: null, handle: 'jcruz_rt', minutesAgo: 20_000, intents: ['praise'], text: 'Respiratory therapy sends love to 5 West 🫁💙' },
  { id: 38, post: 'garage', author: null, handle: 'ev.dad', minutesAgo: 24_655, intents: ['praise'], text: 'the EV chargers 🙌⚡' },
  { id: 39, post: 'dog', author: null, handle: 'abuela.rosa.m', minutesAgo: 14_807, intents: ['praise'], text: 'Qué lindo perrito, visitó a mi esposo en el hospital y lo hizo muy feliz 🐾❤️' },
  { id: 40, post: 'cookie', author: null, handle: 'buy.followers.cheap', minutesAgo: 6_500, intents: ['spam'], text: 'Boost your page 🚀 10k followers for $19! DM us' },
  { id: 41, post: 'cancer', author: null, handle: 'ellie.moves', minutesAgo: 7_000, intents: ['complaint'], text: 'Beautiful building but it took 6 weeks to get my first appointment after a biopsy. 6 weeks of waiting to hear if I have cancer. Fix the scheduling.' },
  { id: 42, post: 'dog', author: null, handle: 'price.family', minutesAgo: 6_900, intents: ['service_question'], text: 'My great-grandma Edna Price just turned 96 and she’s on 4 North in room 422. Can Biscuit come see her? She had goldens her whole life 🥺' },
  { id: 43, post: 'nurses', author: null, handle: 'angry_dad_77', minutesAgo: 5_654, intents: ['abuse', 'complaint'], text: "these are the same 'heroes' who ignored my daughter for 6 hours. fake smiles, useless people" },
  { id: 44, post: 'cookie', author: null, handle: 'nb.foodie', minutesAgo: 3_000, intents: ['service_question'], text: 'what time does Café 1 close? need a cookie after my shift 🍪' },
  { id: 45, post: 'flu', author: null, handle: 'marta.vzz', minutesAgo: 29_000, intents: [], text: '😂😂 her face' },
  { id: 46, post: 'cancer', author: null, handle: 'jen.runs.far', minutesAgo: 2_400, intents: ['praise'], text: "Ran the 5k for the cancer center with my mom's name on my bib. So proud to see it open 💗" },
  { id: 47, post: 'dog', author: null, handle: 'hailey.ann', minutesAgo: 1_600, intents: ['praise'], text: 'Biscuit visited my mom at the infusion center today and she cried happy tears. Thank you for this program 💛' },
  { id: 48, post: 'cookie', author: null, handle: 'dr.not.a.dr', minutesAgo: 240, intents: [], text: 'first time seeing a hospital post with 200 comments about cookies 😂' },
  { id: 49, post: 'nurses', author: null, handle: 'sofia.rnbsn', minutesAgo: 1_100, intents: ['service_question'], text: 'Are you hiring night shift RNs on 5 West? asking for me 🙋‍♀️' },
  { id: 50, post: 'cancer', author: null, handle: 'marianne_g', minutesAgo: 45, intents: ['medical_advice_request'], text: 'Can I still eat grapefruit on my new chemo pill? The pharmacist was slammed and I forgot to ask' },
  { id: 51, post: 'dog', author: null, handle: 'the.wallace.family', minutesAgo: 4_723, intents: ['service_question'], text: 'Does Biscuit ever visit the ICU? My grandpa would light up 🥹' },
];

const SCHEME: ChannelScheme<PostKey> = {
  channel: 'instagram',
  describePost: (key) => ({
    externalId: mediaId(key),
    url: `https://www.instagram.com/p/${shortcode(key)}/`,
  }),
  // Instagram links a comment as /p/<shortcode>/c/<comment id>/ and a reply under its thread.
  describeComment: (row, { post, threadExternalId }) => {
    const id = `18${digitsFrom(`ig-comment:${row.id}`, 15)}`;
    const postUrl = post === null ? null : `https://www.instagram.com/p/${shortcode(post)}/`;
    const path = threadExternalId === null ? `c/${id}/` : `c/${threadExternalId}/r/${id}/`;
    return { externalId: id, url: postUrl === null ? null : `${postUrl}${path}` };
  },
};

function mediaId(key: PostKey): string {
  return `179${digitsFrom(`ig-media:${key}`, 14)}`;
}

function shortcode(key: PostKey): string {
  return base64UrlFrom(`ig-shortcode:${key}`, 11);
}

export const INSTAGRAM_POSTS = buildPosts(POSTS, SCHEME);
export const INSTAGRAM_COMMENTS = buildComments(ROWS, POSTS, SCHEME);
