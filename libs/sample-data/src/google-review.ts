import { buildComments, type ChannelScheme } from './comment-rows';
import { alphanumericFrom } from './platform-ids';
import type { CommentRow } from './sample-data.type';

export const GOOGLE_LOCATION_ID = 'accounts/110934187654321098765/locations/4812093847561029384';

// Reviews sit on the hospital's listing, not on a post.
type PostKey = never;

// One review per line keeps the sample readable as a table; prettier would spread each over ten.
// prettier-ignore
const ROWS: readonly CommentRow<PostKey>[] = [
  { id: 1, post: null, author: 'Harriet Oyelowo', rating: 5, minutesAgo: 42_000, intents: ['praise'], text: "I want to recognize the staff on 6 East. My husband was there for eleven days after his bypass and I have never seen a team work together like that. The nurses learned how he takes his coffee, the respiratory therapist came back on her day off just to say goodbye, and Dr. Amadi sat down at eye level every single morning and answered every question I had, even the silly ones.\n\nThe building is old in places and the parking was a nightmare before the new garage, but none of that matters next to how they treated us. When it was time to go home, the discharge nurse went over every medication twice and called two days later to check on him. Thank you, Northbrook General. We are so lucky to have you in this town." },
  { id: 2, post: null, author: 'Frank Castellano', rating: 1, minutesAgo: 41_441, intents: ['complaint'], text: 'Waited 11 hours in the ER with my 8 year old who had a 104 fever. ELEVEN. Nobody rechecked her temp once. We finally left and went to urgent care 30 miles away.' },
  { id: 3, post: null, author: 'Jenny Whitford', rating: 5, minutesAgo: 39_299, intents: ['praise'], text: 'The new Birth Center is amazing. Big rooms, a tub, and nurses who actually listened to my birth plan. 10/10 would push a human out here again 👶' },
  { id: 4, post: null, author: 'Louise Hartmann', rating: 1, minutesAgo: 39_000, intents: ['complaint', 'misinformation'], text: 'They gave my newborn the vitamin K shot before I could even read the paper. Everyone knows the vitamin K shot causes childhood leukemia. Nobody asked properly. Disgusted.' },
  { id: 5, post: null, author: 'Stanley Orr', rating: 2, minutesAgo: 37_575, intents: ['complaint'], text: 'Care was fine. Billing is a disaster. Got 4 different bills for one outpatient procedure, two of them for the same thing, and every call is a 40 minute hold.' },
  { id: 6, post: null, author: 'Amara Nwosu', rating: 5, minutesAgo: 36_400, intents: ['praise'], text: 'My dad came in with a heart attack and was in the cath lab in under 40 minutes. The cardiology team saved his life. Nothing but gratitude.' },
  { id: 7, post: null, author: 'Gregory Ballard', rating: 1, minutesAgo: 34_930, intents: ['complaint', 'abuse'], text: 'Worst hospital in the state. Dr. Mitchell is a butcher who should never have been allowed near a scalpel. Zero stars if I could.' },
  { id: 8, post: null, author: 'Lucy Tran', rating: 4, minutesAgo: 33_000, intents: ['praise'], text: 'Great care on the surgical floor. Only complaint: the TV remote in my room was older than me lol' },
  { id: 9, post: null, author: 'Phil Dorsey', rating: 3, minutesAgo: 31_700, intents: ['complaint'], text: 'Mixed bag. The surgeon was excellent and explained everything. Pre-op started 3 hours late with no explanation and the room was loud all night. Middle of the road.' },
  { id: 10, post: null, author: 'Consuelo Ramírez', rating: 5, minutesAgo: 30_200, intents: ['praise'], text: 'Excelente atención. La intérprete Yolanda nos ayudó en cada paso y las enfermeras fueron muy cariñosas con mi mamá. Muchas gracias 🙏' },
  { id: 11, post: null, author: 'Mark Jablonski', rating: 1, minutesAgo: 28_900, intents: ['complaint'], text: "They LOST my father's dentures. He's 86 and can't eat. Security took a report and that's the last anyone's heard. Two weeks now." },
  { id: 12, post: null, author: 'Rita Carmichael', rating: 5, minutesAgo: 27_400, intents: ['praise'], text: 'The volunteer at the front desk, an older gentleman named Harold, walked me all the way to imaging and waited until I checked in. Such a small thing that meant so much.' },
  { id: 13, post: null, author: 'Will Hargrove', rating: 2, minutesAgo: 26_000, intents: ['complaint'], text: 'Staff nice, food inedible. Cold eggs, cold toast, cold coffee, 5 days in a row. How does a kitchen get everything cold?' },
  { id: 14, post: null, author: 'Carlos Ibáñez', rating: 3, minutesAgo: 25_900, intents: ['complaint', 'service_question'], text: 'Radiology was quick once I got in, but nobody answers the scheduling phone. Is there an email or a portal to book an MRI? I have called for a week.' },
  { id: 15, post: null, author: 'Denise Amador', rating: 1, minutesAgo: 24_700, intents: ['complaint'], text: 'The woman at registration read my diagnosis out loud in a full waiting room. Everyone heard. I reported it and nobody ever called me back. So much for privacy.' },
  { id: 16, post: null, author: 'Kyle Benson', rating: 5, minutesAgo: 23_500, intents: ['praise'], text: 'Knee replacement with Dr. Sato, walking the next day, home in 2. PT team pushed me hard and I needed it. Highly recommend.' },
  { id: 17, post: null, author: 'Irene Fitzpatrick', rating: 1, minutesAgo: 22_741, intents: ['complaint'], text: "My mother was discharged on a Friday evening after a fall, still dizzy, with a walker she had never used and no one to show her how. Nobody checked whether anyone was home with her. The discharge papers listed a blood pressure medicine she had been taken off two days earlier.\n\nShe fell again Saturday night and spent another four days on your 3rd floor. I understand beds are tight, but sending a frail woman home like that was not safe, and when I asked to speak with someone I was given a voicemail box that was full. I am writing this so the next family asks more questions than we did." },
  { id: 18, post: null, author: 'Howard Lim', rating: 4, minutesAgo: 21_186, intents: ['praise'], text: 'Clean, efficient outpatient surgery center. In at 7, home by noon. Knocked one star because the check-in kiosk was broken.' },
  { id: 19, post: null, author: 'Beth Ann Sorensen', rating: 5, minutesAgo: 20_400, intents: ['praise'], text: 'Great experience from start to finish.' },
  { id: 20, post: null, author: 'Tasha Monroe', rating: 5, minutesAgo: 20_020, intents: ['praise'], text: 'The pediatric floor is so good with kids. Child life specialist Brianna turned my son’s IV into a superhero power-up. He asks when we can go back 😅' },
  { id: 21, post: null, author: 'Bill Grady', rating: 1, minutesAgo: 18_500, intents: ['complaint'], text: 'Built a fancy new garage just to charge people $3 an hour to visit their sick relatives. Class act.' },
  { id: 22, post: null, author: 'Natalie Serrano', rating: 5, minutesAgo: 17_200, intents: ['praise'], text: 'Had my first infusion at the new Halvorsen Cancer Center. Windows, warm blankets, and nurses who remember your name. If you have to go through this, this is the place.' },
  { id: 23, post: null, author: 'Oscar Pruett', rating: 2, minutesAgo: 16_000, intents: ['complaint'], text: 'Security guard at the ER entrance was rude and aggressive to my elderly father, who just asked for a wheelchair. Care inside was OK.' },
  { id: 24, post: null, author: 'Theo Marchand', rating: 2, minutesAgo: 15_300, intents: ['complaint'], text: 'Theo Marchand, I was billed for a “level 5 ER visit” for a sprained ankle. Called three times, three different answers. Still waiting on the itemized bill I asked for a month ago.' },
  { id: 25, post: null, author: 'Sheila Moreno', rating: 5, minutesAgo: 14_530, intents: ['praise'], text: 'My husband Gerald Pike was admitted on 9/12 with sepsis and I truly thought we would lose him. The ICU team on the 5th floor never gave up. He came home last week. God bless every one of you.' },
  { id: 26, post: null, author: 'Dennis Wu', rating: 1, minutesAgo: 14_173, intents: ['complaint'], text: 'Billed $3,480 for a CT that my insurance already paid. Claim #88-2014-7731. I have the EOB. Billing keeps sending it to collections anyway. Unacceptable.' },
  { id: 27, post: null, author: 'Brenda Foss', rating: 5, minutesAgo: 12_400, intents: ['praise'], text: 'Shout out to the housekeeping staff. My room was spotless every day and Mr. Dale always had a joke ready.' },
  { id: 28, post: null, author: 'Tony Greco', rating: 5, minutesAgo: 11_000, intents: ['praise', 'spam'], text: 'Great hospital!! Also if you need a new roof call Greco Roofing 555-0177, best prices in Northbrook, tell them you saw this review!!' },
  { id: 29, post: null, author: 'Aaliyah Carter', rating: 4, minutesAgo: 10_200, intents: ['praise'], text: 'Good care in the ER, doctor was thorough and kind. The wait was 3 hours but they kept us updated.' },
  { id: 30, post: null, author: 'Miriam Goldfarb', rating: 5, minutesAgo: 9_900, intents: ['praise'], text: 'The palliative care team gave my mother a peaceful, dignified end and gave our family room to say goodbye. Chaplain Ruth stayed with us until 2am. We will never forget that kindness.' },
  { id: 31, post: null, author: 'Ron Schaefer', rating: 1, minutesAgo: 9_500, intents: ['complaint'], text: 'ER is a joke. 6 hrs to be seen for a head injury. Ran out of chairs. People on the floor.' },
  { id: 32, post: null, author: 'Mei Chen', rating: 5, minutesAgo: 8_300, intents: ['praise'], text: 'They had a Mandarin interpreter on video within five minutes for my grandmother. The doctor waited and made sure she understood everything. Very grateful.' },
  { id: 33, post: null, author: 'Laura Becker', rating: 3, minutesAgo: 7_400, intents: [], text: "It's a hospital. Food is bland, staff were fine, bill was high. 3 stars." },
  { id: 34, post: null, author: 'Gus Petrakis', rating: 5, minutesAgo: 7_022, intents: ['praise'], text: 'Not a patient, just a visitor, but the cafeteria coffee and the cookies on Fridays are the best deal in town. Staff in the café are lovely.' },
  { id: 35, post: null, author: 'Kendra Voss', rating: 2, minutesAgo: 6_000, intents: ['complaint', 'medical_advice_request'], text: 'Got 6 stitches in my hand at the ER Sunday and two of them already came open. Nobody told me how to take care of it. Do I go back to the ER or to my regular doctor for this?' },
  { id: 36, post: null, author: 'Vanessa Holt', rating: 1, minutesAgo: 5_700, intents: ['complaint'], text: 'The night nurse on 4 West was cold and dismissive and told my mother she was "being dramatic" when she said she was in pain. She had a bowel obstruction.' },
  { id: 37, post: null, author: 'Emmanuel Osei', rating: 5, minutesAgo: 4_530, intents: ['praise'], text: 'ICU doctors and nurses kept us informed every single day. Professional and compassionate. Thank you.' },
  { id: 38, post: null, author: 'Joyce Kendall', rating: 2, minutesAgo: 3_900, intents: ['complaint'], text: 'New visiting hours are not family friendly. 8pm cutoff is too early for working people.' },
  { id: 39, post: null, author: 'Daniel Ferreira', rating: 5, minutesAgo: 3_100, intents: ['praise'], text: 'Finally a parking garage!! Covered walkway, easy in and out. Big improvement.' },
  { id: 40, post: null, author: 'Pat Gallagher', rating: 1, minutesAgo: 2_300, intents: ['complaint'], text: 'Called the main number 9 times today. Transferred, disconnected, transferred, disconnected. Gave up.' },
  { id: 41, post: null, author: 'Lin Zhao', rating: 4, minutesAgo: 1_500, intents: ['praise'], text: 'Excellent doctors in the GI clinic. Check-in line was long, otherwise great.' },
  { id: 42, post: null, author: 'Justin Reyes', rating: 4, minutesAgo: 1_000, intents: ['praise'], text: 'Solid. 👍' },
  { id: 43, post: null, author: 'Roberta Hines', rating: 5, minutesAgo: 1_334, intents: ['praise'], text: 'Nurse Keisha on 5 West is the reason I felt safe for the first time in weeks. Give that woman a raise.' },
  { id: 44, post: null, author: 'Gloria Estrada', rating: 5, minutesAgo: 500, intents: ['praise'], text: '¡Muy buen servicio! Las enfermeras muy amables y todo muy limpio.' },
  { id: 45, post: null, author: 'Kenji Watanabe', rating: 1, minutesAgo: 320, intents: ['complaint'], text: 'Sitting in the ER lobby right now. 4 hours in. The TV is stuck on an infomercial and the bathroom has no soap. Come on.' },
  { id: 46, post: null, author: 'Sandra Whitmore', rating: 5, minutesAgo: 110, intents: ['praise'], text: 'Excellent.' },
];

// The Business Profile API gives each review a resource name and no public link.
const SCHEME: ChannelScheme<PostKey> = {
  channel: 'google_review',
  describePost: (key) => ({ externalId: key, url: null }),
  describeComment: (row) => ({
    externalId: `ChZDSUhNMG9nS0VJQ0FnSUR${alphanumericFrom(`google-review:${row.id}`, 14)}RAB`,
    url: null,
  }),
};

export const GOOGLE_REVIEW_COMMENTS = buildComments(ROWS, {}, SCHEME);
