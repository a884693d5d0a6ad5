import { buildComments, buildPosts, type ChannelScheme } from './comment-rows';
import { snowflakeFrom } from './platform-ids';
import type { CommentRow, PostRow } from './sample-data.type';

export const X_ACCOUNT_ID = '1298745501723136001';
export const X_HANDLE = 'northbrookgen';

const POSTS = {
  flu: {
    minutesAgo: 42_000,
    text: 'Flu shot walk-in clinics are back 💉 Saturdays 8–2, Main Lobby. No appointment needed, ages 6 months and up. #FightFlu',
  },
  er: {
    minutesAgo: 27_660,
    text: 'Why does someone who came in after you get seen first? Dr. Renata Okafor explains how ER triage works in 3 minutes 🎥 youtube.com/@NorthbrookGeneral #ERwaits',
  },
  visit: {
    minutesAgo: 20_400,
    text: 'Reminder: new visiting hours start Monday. 8am–8pm on general units, 2 visitors at a time. ICU, Maternity and Pediatrics details: northbrookgeneral.example/visit',
  },
  jobs: {
    minutesAgo: 9_000,
    text: 'Job fair Thursday 10–4, Conference Center (Entrance C). RNs, CNAs, transport, EVS, food & nutrition. On-the-spot interviews! #NowHiring #NorthbrookJobs',
  },
  heat: {
    minutesAgo: 3_000,
    text: '🥵 Heat advisory through Sunday. Signs of heat stroke: confusion, hot dry skin, fainting. Call 911. Cooling center open at Northbrook Public Library. #HeatSafety',
  },
} as const satisfies Record<string, PostRow>;

type PostKey = keyof typeof POSTS;

// One comment per line keeps the sample readable as a table; prettier would spread each over ten.
// `post: null` is a mention of @northbrookgen that replies to none of its posts.
// prettier-ignore
const ROWS: readonly CommentRow<PostKey>[] = [
  { id: 1, post: 'er', author: 'Jess Romero', handle: 'jessromero_', minutesAgo: 27_300, intents: ['complaint'], text: '@northbrookgen cool video. now do one explaining why I sat in triage for 5 hrs with a 103 fever and nobody checked on me once' },
  { id: 2, replyTo: 1, author: 'Alex P', handle: 'alexpeez', minutesAgo: 27_200, intents: [], text: '@jessromero_ @northbrookgen same experience last month fr' },
  { id: 3, post: null, author: 'Dana Whitcomb', handle: 'dwhitcomb', minutesAgo: 40_300, intents: ['praise'], text: 'Huge thanks to the @northbrookgen NICU team. 62 days and our little guy is finally HOME 🏠💙 #NICUgrad' },
  { id: 4, post: null, author: 'Marco Bellini', handle: 'marcob_nb', minutesAgo: 38_800, intents: ['complaint'], text: "@northbrookgen charged me $68 for PARKING during my wife's 3-day stay. in your brand new garage. unreal" },
  { id: 5, post: 'flu', author: 'Katie T', handle: 'kaytee_reads', minutesAgo: 41_800, intents: ['service_question'], text: '@northbrookgen is the flu clinic only saturdays or weekdays too?' },
  { id: 6, post: 'flu', author: 'Dale 🇺🇸 Truth', handle: 'truthseeker_1776', minutesAgo: 40_000, intents: ['misinformation'], text: '@northbrookgen no thanks. flu shots alter your DNA and wreck your natural immunity. #DoYourResearch' },
  { id: 7, replyTo: 6, author: 'Emma Lund, MPH', handle: 'epi_emma', minutesAgo: 39_900, intents: [], text: "@truthseeker_1776 @northbrookgen flu vaccines don't alter DNA, they never even get into the nucleus. please don't spread this" },
  { id: 8, replyTo: 7, author: 'Dale 🇺🇸 Truth', handle: 'truthseeker_1776', minutesAgo: 39_850, intents: ['abuse'], text: '@epi_emma @northbrookgen nice try pharma puppet 🤡 enjoy your 14th booster' },
  { id: 9, replyTo: 8, author: 'Emma Lund, MPH', handle: 'epi_emma', minutesAgo: 39_800, intents: [], text: "@truthseeker_1776 I'm going to go get my one (1) flu shot now. have a good day" },
  { id: 10, post: null, author: 'Mike Haverkamp', handle: 'bigmike_plows', minutesAgo: 36_210, intents: ['complaint', 'abuse'], text: '@northbrookgen your billing department is a bunch of thieving morons. 3 calls, 3 different answers. CLOWNS' },
  { id: 11, post: null, author: 'Lauren Faye', handle: 'laurenfaye', minutesAgo: 34_735, intents: ['praise'], text: 'shoutout to the @northbrookgen L&D team for the best worst day of my life 😭💗 #babyboy' },
  { id: 12, post: null, author: 'JoJo, RN', handle: 'nursejojo', minutesAgo: 33_000, intents: ['praise'], text: 'Proud to work with the best night shift in the state. 5 West forever 💙 #NurseWeek @northbrookgen' },
  { id: 13, post: null, author: 'Crypto Recovery Pro', handle: 'recover_funds_now', minutesAgo: 31_800, intents: ['spam'], text: '@northbrookgen Lost funds to a scam? We recover stolen crypto & forex losses 100% guaranteed ✅ DM us now #cryptorecovery #bitcoin' },
  { id: 14, post: null, author: 'Tyler Brandt', handle: 'tylerb_88', minutesAgo: 30_500, intents: ['complaint', 'service_question'], text: '@northbrookgen my MRN is 20417883 and your billing says I owe $2,340 for an ER visit on 7/19. I have NEVER been to your ER. who do I talk to' },
  { id: 15, post: null, author: 'Beverly Sloane', handle: 'gma_bev', minutesAgo: 29_000, intents: ['praise'], text: 'Thank you @northbrookgen for the volunteers at the info desk. A sweet young man walked me all the way to radiology 🥰' },
  { id: 16, post: null, author: 'Cecilia', handle: 'ceeceecooks', minutesAgo: 27_500, intents: ['praise'], text: 'the @northbrookgen cafeteria mac n cheese is undefeated and i will not be taking questions' },
  { id: 17, post: 'er', author: 'Drew Kaminski', handle: 'drewthedad', minutesAgo: 26_119, intents: ['praise'], text: 'This is actually a great explainer. Sharing with my parents who think yelling at triage helps 😂' },
  { id: 18, post: 'er', author: 'Marisol Fernández', handle: 'marisol_fdz', minutesAgo: 25_400, intents: ['complaint'], text: "@northbrookgen 'sickest first' ok but my abuela (84) waited 9 hours on a plastic chair with a broken hip. eso no es aceptable." },
  { id: 19, post: null, author: "Kevin O'Brien", handle: 'k_obrien', minutesAgo: 24_000, intents: ['service_question'], text: "@northbrookgen what's the number for medical records? the website sends me in circles" },
  { id: 20, replyTo: 19, author: 'Tess', handle: 'nb_localnurse', minutesAgo: 23_900, intents: [], text: "@k_obrien @northbrookgen it's on the back of the patient guide, 555-0162. they're open til 4:30" },
  { id: 21, post: 'visit', author: 'Sam Ito', handle: 'samiam_writes', minutesAgo: 19_747, intents: ['complaint'], text: '@northbrookgen 8pm end time is brutal for shift workers. please reconsider' },
  { id: 22, post: 'visit', author: 'Jordan Ellis', handle: 'jordan_e', minutesAgo: 19_786, intents: ['service_question'], text: "@northbrookgen do the new hours apply to the CCU? my dad's been there since Tuesday" },
  { id: 23, post: 'visit', author: 'Northbrook Blooms', handle: 'northbrookblooms', minutesAgo: 18_369, intents: ['spam'], text: 'Sending love to someone at @northbrookgen? 💐 We deliver same day to every room! Use code HOSPITAL20 at northbrookblooms.example' },
  { id: 24, post: null, author: 'Ashley Kim', handle: 'ashleyk_23', minutesAgo: 17_000, intents: ['complaint'], text: "just found out a nurse at @northbrookgen looked up my chart when I wasn't even her patient. she's my ex's new gf. how is this allowed??? #HIPAA" },
  { id: 25, post: null, author: 'Matt Pryor', handle: 'mattyp_', minutesAgo: 15_600, intents: ['medical_advice_request'], text: '@northbrookgen got a tick bite 5 days ago and now theres a red ring around it like a bullseye. do I need antibiotics or wait and see?' },
  { id: 26, post: null, author: 'Sue Alvarez', handle: 'sunnyside_sue', minutesAgo: 14_200, intents: ['praise'], text: "Dr. Nkemelu in the @northbrookgen ER listened to me when 2 other places didn't. Turned out my 'anxiety' was a blood clot. Forever grateful." },
  { id: 27, post: 'jobs', author: 'Imani Walker', handle: 'cna_dreams', minutesAgo: 8_950, intents: ['service_question'], text: '@northbrookgen do I need to bring my CNA license to the job fair or just a resume?' },
  { id: 28, post: 'jobs', author: 'Follow Train 🚂', handle: 'f4f_growthnow', minutesAgo: 8_500, intents: ['spam'], text: 'Follow for follow 🔁 drop your @ and I follow back in 5 min 💯 #f4f #followback' },
  { id: 29, post: 'jobs', author: 'Ricardo', handle: 'ricardo_nb', minutesAgo: 7_503, intents: ['service_question'], text: '@northbrookgen ¿tienen puestos para cocineros? tengo 10 años de experiencia' },
  { id: 30, post: 'jobs', author: 'Burnt Out RN', handle: 'grumpyRN', minutesAgo: 6_000, intents: ['complaint'], text: '@northbrookgen on-the-spot interviews but still no raise for the nurses already here. interesting priorities' },
  { id: 31, post: 'heat', author: 'Northbrook Weather Nerd', handle: 'nbweathernerd', minutesAgo: 2_950, intents: [], text: '101°F at the airport at 3pm. Stay inside folks 🌡️' },
  { id: 32, post: 'heat', author: 'Carlos Medina', handle: 'carlos_m', minutesAgo: 2_600, intents: ['medical_advice_request'], text: "@northbrookgen my 70yo dad has no AC and his ankles are swelling up in this heat. is that dangerous or normal?" },
  { id: 33, post: 'heat', author: 'Harry', handle: 'hotdogharry', minutesAgo: 2_300, intents: ['misinformation'], text: 'pro tip: a cold beer is the best way to rehydrate in the heat 🍺 electrolytes baby' },
  { id: 34, post: 'heat', author: 'Tasha Reid', handle: 'momof3_nb', minutesAgo: 1_300, intents: ['service_question'], text: '@northbrookgen is the pediatric urgent care open on Sunday?' },
  { id: 35, post: null, author: 'Darius Tate', handle: '_darius_t', minutesAgo: 9, intents: ['complaint'], text: "@northbrookgen been in your ER waiting room since 6 with my grandma. 5 HOURS. nobody has told us ANYTHING. this is insane" },
  { id: 36, post: null, author: 'm', handle: 'quietkid_0', minutesAgo: 1_150, intents: ['self_harm'], text: "gave my cat to my sister today and deleted everything. won't need any of it after this weekend. thanks for nothing @northbrookgen psych unit" },
  { id: 37, post: null, author: 'Jamie Ortiz', handle: 'j_ortiz91', minutesAgo: 55, intents: ['emergency', 'medical_advice_request'], text: "@northbrookgen my wife's face is drooping on one side and she can't get her words out, started like 10 min ago. do I drive her to you or wait for an ambulance??" },
  { id: 38, post: null, author: 'Northbrook Eats', handle: 'nb_eats', minutesAgo: 21_500, intents: ['praise'], text: 'the cookies at the @northbrookgen Café on the 1st floor are honestly the best in town. fight me 🍪' },
  { id: 39, post: null, author: 'Andre Mills', handle: 'coachdre', minutesAgo: 20_567, intents: ['praise'], text: '@northbrookgen sports med got me back on the court 6 wks after ACL surgery. PT team 🐐🐐' },
  { id: 40, post: null, author: 'anon', handle: 'poltergeist99', minutesAgo: 18_700, intents: ['abuse'], text: "@northbrookgen hope your whole admin team gets the same 'care' they give everyone else. f***ing vultures" },
  { id: 41, post: null, author: 'Liz B', handle: 'lil_bizz', minutesAgo: 16_800, intents: [], text: 'why is there always a helicopter over @northbrookgen at 2am 😭 let me sleep' },
  { id: 42, post: null, author: 'Ajay Varma', handle: 'ajay_v', minutesAgo: 16_100, intents: ['complaint'], text: "@northbrookgen love that your billing texts me 3x a day but your scheduling line can't call me back once 🙃" },
  { id: 43, post: null, author: 'Health Freedom Now', handle: 'health_freedom_now', minutesAgo: 13_210, intents: ['misinformation'], text: "Reminder: hospitals get paid extra for every RSV & flu 'case' they diagnose. That's why they test everyone. Follow the money. @northbrookgen" },
  { id: 44, post: null, author: 'Meds4Less', handle: 'pharm_deals247', minutesAgo: 12_900, intents: ['spam'], text: '🔥 Ozempic without prescription 💉 shipped overnight, 70% cheaper than pharmacy 👉 meds4less.example #weightloss #ozempic' },
  { id: 45, post: null, author: 'Jen Castillo', handle: 'jencastillo_nb', minutesAgo: 11_925, intents: ['service_question'], text: '@northbrookgen do you take Medicaid at the new cancer center?' },
  { id: 46, post: null, author: 'Chris Baker', handle: 'chrisbakes', minutesAgo: 11_300, intents: ['medical_advice_request'], text: '@northbrookgen kid (9) has had a headache and stiff neck since this morning, no fever. is this urgent care or ER or just tylenol and sleep?' },
  { id: 47, post: null, author: 'Omar Haddad', handle: 'dad_of_twins', minutesAgo: 10_000, intents: ['praise'], text: 'Twins born at @northbrookgen last night 👶👶 Mom and babies doing great. The night nurses deserve a raise.' },
  { id: 48, post: null, author: 'Kelly Freeman', handle: 'kfreeman', minutesAgo: 9_400, intents: ['complaint'], text: "@northbrookgen discharged my dad with a blood thinner the pharmacy says interacts with his other meds. nobody reviewed anything. who's checking this stuff?" },
  { id: 49, replyTo: 48, author: 'Kelly Freeman', handle: 'kfreeman', minutesAgo: 8_930, intents: ['complaint'], text: '@northbrookgen and yes I called patient relations. mailbox full.' },
  { id: 50, post: null, author: 'Ty', handle: 'lmao_its_ty', minutesAgo: 7_200, intents: [], text: 'walked past @northbrookgen and a guy in a hospital gown was smoking outside with his IV pole lmaooo the dedication' },
  { id: 51, post: null, author: 'Anna Beth', handle: 'anna_beth', minutesAgo: 6_700, intents: ['service_question'], text: '@northbrookgen is there a lactation consultant I can call after discharge? baby is 5 days old' },
  { id: 52, post: null, author: 'Bill Tomczak', handle: 'bill_t', minutesAgo: 5_500, intents: ['complaint'], text: '@northbrookgen 2 hrs for a routine blood draw at the outpatient lab. 2 HOURS. with an appointment.' },
  { id: 53, post: null, author: 'NHS Marching Band', handle: 'northbrookhs_band', minutesAgo: 4_400, intents: ['praise'], text: "Thank you @northbrookgen for the first aid tent at Friday's game! 🏈🎺" },
  { id: 54, replyTo: 50, author: 'Jasmine', handle: 'xo_jas', minutesAgo: 3_900, intents: [], text: 'lol' },
  { id: 55, post: null, author: 'Leti Gómez', handle: 'spanglish_mama', minutesAgo: 3_265, intents: ['service_question'], text: '@northbrookgen ¿hay intérprete de español en pediatría los fines de semana? gracias' },
  { id: 56, post: null, author: 'Devin Walker', handle: 'nbwalker', minutesAgo: 2_700, intents: ['praise'], text: "The new garage + covered walkway is a W. Credit where it's due @northbrookgen" },
  { id: 57, post: null, author: 'Grow Fast 📈', handle: 'getfollowersfast', minutesAgo: 1_841, intents: ['spam'], text: '@northbrookgen Want 10k real followers? 🚀 Cheapest growth service for healthcare brands. DM for price list!' },
  { id: 58, post: null, author: 'Eli Morgan', handle: 'eli_m', minutesAgo: 1_700, intents: ['medical_advice_request'], text: "@northbrookgen is it normal to still be this sore 10 days after gallbladder surgery? like can't-stand-up-straight sore" },
  { id: 59, post: null, author: 'Zach', handle: 'ZachAttack', minutesAgo: 950, intents: ['abuse'], text: '@northbrookgen the receptionist in urgent care is the rudest person alive. miserable old hag' },
  { id: 60, post: null, author: 'Carrie Dunn', handle: 'carrie_dee', minutesAgo: 430, intents: ['praise'], text: "Grateful to the @northbrookgen chaplain who sat with us last night. You didn't have to stay that long. Thank you." },
  { id: 61, post: null, author: 'Freddie Train', handle: 'ftrain', minutesAgo: 130, intents: ['complaint'], text: "@northbrookgen 3rd time this month the MyChart app says 'something went wrong' when I try to pay. take my money please 🙃" },
  { id: 62, post: null, author: 'Angela Ross', handle: 'nbmom', minutesAgo: 75, intents: ['medical_advice_request'], text: "@northbrookgen my 4 yo has thrown up 5 times since lunch and can't keep water down. at what point do we come in?" },
  { id: 63, post: 'er', author: 'Bobby Sato', handle: 'bobby_s', minutesAgo: 22_700, intents: ['praise'], text: 'Honestly the ER staff were great the night my son broke his arm. Long wait but everyone was kind. 10/10 would break again (jk)' },
  { id: 64, post: 'flu', author: 'Mrs. Gaines', handle: 'mrs_g_teaches', minutesAgo: 37_400, intents: ['praise'], text: 'Took the whole family to the flu clinic today, 5 shots in 20 min. Smoothest thing I did all week 💉💪' },
  { id: 65, post: 'flu', author: 'JT Smith', handle: 'jtsmith', minutesAgo: 34_445, intents: ['complaint'], text: '@northbrookgen ran out of high-dose shots by 10am?? my 78 y/o mom waited in line for nothing' },
  { id: 66, post: null, author: 'Hannah', handle: 'yourlocalrn', minutesAgo: 32_722, intents: [], text: 'the @northbrookgen break room vending machine has eaten $14 of mine this year. send help' },
  { id: 67, post: null, author: 'Dev Patel', handle: 'dpatel', minutesAgo: 31_311, intents: ['service_question'], text: '@northbrookgen does the shuttle still run from the Westfield park and ride?' },
  { id: 68, post: null, author: 'Katie Marsh', handle: 'katiemarsh', minutesAgo: 23_200, intents: ['praise'], text: 'Katie Marsh here, born at @northbrookgen on 04/09/1991 and today I delivered MY daughter in the same L&D unit 🥹 full circle' },
  { id: 69, post: null, author: 'R.', handle: 'dontreadmytweets', minutesAgo: 11_900, intents: ['praise'], text: 'hospital food slander is overrated, @northbrookgen jello slaps' },
  { id: 70, post: null, author: 'Sandra D.', handle: 'sandra_dee', minutesAgo: 305, intents: ['service_question'], text: '@northbrookgen what time does visiting end in maternity? the new rules are confusing' },
  { id: 71, post: null, author: 'Gabe Sorrento', handle: 'gabesorrento', minutesAgo: 8_100, intents: ['service_question'], text: '@northbrookgen how do I get an itemized bill? the portal only shows the total' },
];

const SCHEME: ChannelScheme<PostKey> = {
  channel: 'x',
  describePost: (key, post) => {
    const id = snowflakeFrom(`x-post:${key}`, post.minutesAgo);
    return { externalId: id, url: `https://x.com/${X_HANDLE}/status/${id}` };
  },
  describeComment: (row) => {
    const id = snowflakeFrom(`x-reply:${row.id}`, row.minutesAgo);
    return { externalId: id, url: `https://x.com/${row.handle ?? 'i/web'}/status/${id}` };
  },
};

export const X_POSTS = buildPosts(POSTS, SCHEME);
export const X_COMMENTS = buildComments(ROWS, POSTS, SCHEME);
