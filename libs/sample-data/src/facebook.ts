import { buildComments, buildPosts, type ChannelScheme } from './comment-rows';
import { digitsFrom } from './platform-ids';
import type { CommentRow, PostRow } from './sample-data.type';

export const FACEBOOK_PAGE_ID = '104862913357204';
const PAGE_URL = 'https://www.facebook.com/NorthbrookGeneralHospital';

const POSTS = {
  flu: {
    minutesAgo: 43_490,
    text: '💉 Flu shot clinics are back! Walk in any Saturday this season, 8 a.m.–2 p.m., Main Lobby. Ages 6 months and up, bring your insurance card. No insurance? The shot is free. #FightFlu #NorthbrookGeneral',
  },
  garage: {
    minutesAgo: 42_060,
    text: 'The wait is over: the Elm Street Parking Garage is OPEN! 🚗 620 spaces, a covered walkway straight to the Main Lobby, 12 EV chargers, and the first 30 minutes are free. Accessible spaces are on every level next to the elevators.',
  },
  nurses: {
    minutesAgo: 33_300,
    text: "It's Nurse Appreciation Week at Northbrook General 💙 Our 900+ nurses are here every hour of every day, holidays and snowstorms included. Tag a nurse who made a difference for you or your family 👇",
  },
  erwaits: {
    minutesAgo: 27_650,
    text: 'Ever wondered why someone who arrived after you was seen first in the ER? Dr. Renata Okafor, our Emergency Department medical director, explains how triage works in a 3-minute video. Current ER wait times are now posted at northbrookgeneral.example/er-wait.',
  },
  visiting: {
    minutesAgo: 20_420,
    text: 'New visiting hours start Monday. General units: 8 a.m.–8 p.m., 2 visitors at a time. ICU: 2 visitors, please check in at the ICU desk. Children under 12 with an adult. One support person may stay overnight in Maternity and Pediatrics.',
  },
  cancer: {
    minutesAgo: 14_300,
    text: 'Today we opened the doors of the Halvorsen Cancer Center 🎗️ Infusion, radiation oncology, the Breast Health Clinic and support services, all under one roof on Lakeview Drive. Thank you to the donors, staff and patients who helped design it.',
  },
  jobs: {
    minutesAgo: 8_900,
    text: "We're hiring! Job fair this Thursday, 10 a.m.–4 p.m., Conference Center (Entrance C). On-the-spot interviews for RNs, CNAs, patient transport, food & nutrition and environmental services. Sign-on bonuses up to $10,000 for experienced RNs.",
  },
  heat: {
    minutesAgo: 3_200,
    text: '🔥 Heat advisory through Sunday with temperatures near 100°F. Drink water before you feel thirsty, check on older neighbors, never leave kids or pets in a car. Cooling center: Northbrook Public Library. Call 911 for confusion, fainting or hot, dry skin.',
  },
} as const satisfies Record<string, PostRow>;

type PostKey = keyof typeof POSTS;

// One comment per line keeps the sample readable as a table; prettier would spread each over ten.
// prettier-ignore
const ROWS: readonly CommentRow<PostKey>[] = [
  { id: 1, post: 'flu', author: 'Denise Harlow', minutesAgo: 42_870, intents: ['praise'], text: 'Walked in at 8:05, out by 8:20 with my shot AND a sticker 😂 thank you ladies at the lobby table!' },
  { id: 2, post: 'flu', author: 'Marcus Bell', minutesAgo: 42_700, intents: ['service_question'], text: 'Do you need an appointment or is it first come first serve?' },
  { id: 3, replyTo: 2, author: 'Karen Ostrowski', minutesAgo: 42_650, intents: [], text: 'No appt Marcus, just walk in. I went last Saturday and the whole thing took 15 min' },
  { id: 4, post: 'flu', author: 'Jolene Pruitt', minutesAgo: 42_750, intents: ['misinformation'], text: 'No thanks. Got the flu shot one time and had the flu for 2 weeks straight. The shot GIVES you the flu, everybody knows this' },
  { id: 5, replyTo: 4, author: 'Sam Whitacre', minutesAgo: 42_690, intents: [], text: "Jolene that's not how it works, there's no live virus in the shot. You probably caught something else that week" },
  { id: 6, replyTo: 5, author: 'Jolene Pruitt', minutesAgo: 42_160, intents: ['misinformation'], text: 'Do your own research Sam. Big pharma pays the hospital for every shot they give, thats why they push it so hard' },
  { id: 7, replyTo: 6, author: 'Sam Whitacre', minutesAgo: 42_000, intents: [], text: "I'm literally a pharmacist lol. Nobody pays me per shot. Get your shots people 🙄" },
  { id: 8, replyTo: 7, author: 'Jolene Pruitt', minutesAgo: 41_930, intents: ['abuse'], text: 'Of course you are. Shill. Go back to counting pills you clown 🤡🤡' },
  { id: 9, post: 'flu', author: 'Angela Ruiz-Mendoza', minutesAgo: 40_500, intents: ['service_question'], text: 'Is the clinic for kids too? My daughter is 4' },
  { id: 10, post: 'flu', author: 'Tom Feeney', minutesAgo: 38_610, intents: ['medical_advice_request'], text: 'Got mine Saturday and now theres a red hot patch about the size of a quarter around the spot and it itches like crazy. Is this rash normal after the shot or should I see someone?' },
  { id: 11, post: 'flu', author: 'Brittany Lowe', minutesAgo: 36_100, intents: ['medical_advice_request'], text: "Can I get the flu shot if I'm 30 weeks pregnant?? My OB's office is closed till Monday and I don't want to wait" },
  { id: 12, post: 'flu', author: 'Rigoberto Salinas', minutesAgo: 34_400, intents: ['service_question'], text: '¿La vacuna es gratis si no tengo seguro? ¿Hay alguien que hable español en la mesa?' },
  { id: 13, post: 'flu', author: 'Phyllis Gunderson', minutesAgo: 30_050, intents: ['praise'], text: 'The volunteers at the flu table are the sweetest. Harold gave me a butterscotch candy and a lecture about washing my hands 😄' },
  { id: 14, post: 'flu', author: 'Crystal Vance', minutesAgo: 21_400, intents: ['complaint'], text: 'Came at 1:40 and they had already packed up. Sign says till 2. Pulled my kids out of soccer for this 😤' },
  { id: 15, post: 'flu', author: 'Derek Lindgren', minutesAgo: 9_055, intents: ['service_question'], text: 'Still doing these this weekend? Want to bring my parents' },
  { id: 16, post: 'flu', author: 'Mona Farrah', minutesAgo: 1_460, intents: [], text: 'Shot #1 of the season done 💪 arm feels like a bruised banana' },
  { id: 17, post: 'flu', author: 'Lavonne Pierce', minutesAgo: 330, intents: ['medical_advice_request'], text: 'My 2 year old got his flu shot this morning and now has a fever of 101.2. should I give him ibuprofen or tylenol and how much?? he is 28 lbs' },
  { id: 18, post: 'garage', author: 'Gail Ferris', minutesAgo: 41_520, intents: ['praise'], text: "FINALLY!! 🙌 No more circling lot B for 40 minutes before my mom's dialysis" },
  { id: 19, post: 'garage', author: 'Ken Yamada', minutesAgo: 41_300, intents: ['service_question'], text: "What's the clearance height? I drive a high-top van with a wheelchair lift" },
  { id: 20, post: 'garage', author: 'Bernadette Kowalczyk', minutesAgo: 40_900, intents: ['complaint'], text: 'First 30 min free, then $3 an HOUR?? For people visiting sick family?? Shameful.' },
  { id: 21, replyTo: 20, author: 'Luis Ortega', minutesAgo: 40_733, intents: [], text: 'Ask at the info desk, they validate for ICU families and dialysis patients. Saved me a bunch' },
  { id: 22, replyTo: 21, author: 'Bernadette Kowalczyk', minutesAgo: 40_650, intents: [], text: 'Really?? Nobody told us that. Thank you Luis!' },
  { id: 23, post: 'garage', author: 'Dwayne Hollis', minutesAgo: 37_800, intents: ['complaint'], text: 'The elevator on the Elm St side has been out for 3 days. My wife is on a walker. We had to take the ramp down 4 levels.' },
  { id: 24, post: 'garage', author: 'Shelby Greer', minutesAgo: 35_000, intents: ['praise'], text: 'Parked on level 2 and walked straight into the lobby without going outside in the pouring rain. Whoever designed that walkway deserves a raise ☔' },
  { id: 25, post: 'garage', author: "Patrick O'Dwyer", minutesAgo: 26_200, intents: ['service_question'], text: 'Do you validate parking for outpatient labs?' },
  { id: 26, post: 'garage', author: 'Nadia Hassan', minutesAgo: 11_615, intents: ['praise'], text: 'The new garage is a game changer honestly. Thank you Northbrook!' },
  { id: 27, post: 'garage', author: 'Vic Santangelo', minutesAgo: 4_700, intents: ['complaint'], text: 'Garage was FULL at 10am on a Tuesday and the overflow lot is a gravel field with no lights. Great job guys 👍👍' },
  { id: 28, post: 'garage', author: 'Jessica Mwangi', minutesAgo: 30_100, intents: ['spam'], text: 'I lost $62,000 to a fake trading platform and thought it was gone forever until I found Agent Mark Hollins who recovered ALL of it in 48 hours 🙏 Message him on WhatsApp +1 555-0188 and tell him Jessica sent you' },
  { id: 29, post: 'nurses', author: 'Tamara Jennings', minutesAgo: 33_250, intents: ['praise'], text: "Shout out to Nurse Keisha on 5 West!! She sat with my dad at 3am when he was confused and scared and talked him through it like he was her own father. We will never forget you Keisha ❤️" },
  { id: 30, post: 'nurses', author: 'Dale Whitfield', minutesAgo: 33_100, intents: ['praise'], text: 'ICU night shift you guys are heroes. #NurseWeek' },
  { id: 31, post: 'nurses', author: 'Lorraine Baptiste', minutesAgo: 32_900, intents: ['praise'], text: 'L&D nurses Amber and Jo got me through a 31 hour labor and my husband through his first panic attack lol. Our son is perfect 💙' },
  { id: 32, post: 'nurses', author: 'Ray Dombrowski', minutesAgo: 32_800, intents: ['complaint'], text: "Appreciation week but you're running them on 16 hour shifts short staffed. Pay them, don't give them pizza 🍕🙄" },
  { id: 33, replyTo: 32, author: 'Megan Sorensen', minutesAgo: 32_711, intents: [], text: 'Can confirm, I work here. The pizza was good though 😂' },
  { id: 34, post: 'nurses', author: 'Carol Ann Jessup', minutesAgo: 31_502, intents: ['praise'], text: 'My grandmother is 94 and spent a week in room 412 last month. The 4 North nurses treated her like royalty, painted her nails and played Patsy Cline for her. Thank you from the bottom of our hearts.' },
  { id: 35, post: 'nurses', author: 'Tasha Green', minutesAgo: 30_575, intents: ['praise'], text: '👏👏👏' },
  { id: 36, post: 'nurses', author: 'Eduardo Paz', minutesAgo: 29_500, intents: ['praise'], text: 'Gracias a las enfermeras del tercer piso, especialmente a Marisol que siempre me explicaba todo en español. Dios las bendiga 🙏' },
  { id: 37, post: 'nurses', author: 'Linda Carrow', minutesAgo: 27_570, intents: ['praise'], text: "Jenna Whitlock best ER nurse in the tri-county area, don't @ me" },
  { id: 38, post: 'nurses', author: 'Rick Vogel', minutesAgo: 26_800, intents: ['complaint', 'abuse'], text: 'Nurses there sat on their phones while my mother pressed the call light for an HOUR. Lazy and useless, every last one of them.' },
  { id: 39, post: 'nurses', author: 'Heather Quinlan', minutesAgo: 24_887, intents: ['praise'], text: 'Nurse Dominic in the PACU made waking up from surgery way less scary. Also he does a great Kermit impression' },
  { id: 40, post: 'erwaits', author: 'Jeff Marchetti', minutesAgo: 27_100, intents: ['complaint'], text: '7 HOURS. 7 hours in your ER with a kidney stone and nobody could even bring me a cup of ice. A video doesnt fix that.' },
  { id: 41, replyTo: 40, author: 'Sandra Kulik', minutesAgo: 27_050, intents: [], text: 'Jeff I was there that night too, it was packed. Hope you feel better' },
  { id: 42, post: 'erwaits', author: 'Pam Whitley', minutesAgo: 26_326, intents: ['praise'], text: "This actually helped me understand. I always thought they skipped me because I didn't complain enough 😅 Thank you Dr. Okafor" },
  { id: 43, post: 'erwaits', author: 'Tony Brasco', minutesAgo: 25_900, intents: ['complaint'], text: "LOL at 'we see the sickest first'. My son had a broken arm and we watched a guy with a hangnail go back before us." },
  { id: 44, post: 'erwaits', author: 'Yolanda Briggs', minutesAgo: 24_300, intents: ['service_question'], text: "Where are the wait times posted? The link in the post doesn't work for me" },
  { id: 45, replyTo: 44, author: 'Chris Varga', minutesAgo: 24_250, intents: [], text: "It's under Locations > Emergency on the website, took me a minute too" },
  { id: 46, post: 'erwaits', author: 'Brandon Kessler', minutesAgo: 20_100, intents: ['abuse', 'complaint'], text: 'If my mother dies in that waiting room because of your incompetent ER I will come down there and make sure somebody pays for it. You have been warned.' },
  { id: 47, post: 'erwaits', author: 'Gwen Talbot', minutesAgo: 15_500, intents: ['complaint'], text: 'Privacy complaint. I was in an ER hallway bed and the doctor went over my whole history out loud, test results included, with 6 strangers listening. Do you all not have curtains??' },
  { id: 48, post: 'erwaits', author: 'Hank Sorrell', minutesAgo: 11_800, intents: ['praise'], text: "Had a heart attack in the spring and was in the cath lab within 40 minutes of walking in. I'll wait behind whoever I need to, you people saved my life." },
  { id: 49, post: 'erwaits', author: 'Kayla Mercer', minutesAgo: 14, intents: ['emergency', 'medical_advice_request'], text: 'my dad has chest pain RIGHT NOW and his left arm is numb what do I do?? do we drive to you or call 911' },
  { id: 50, post: 'erwaits', author: 'Shonda Rivers', minutesAgo: 21_870, intents: ['medical_advice_request'], text: 'My BP was 168/104 on the pharmacy machine. No headache. Do I need to go to the ER tonight or can it wait for my doctor Monday?' },
  { id: 51, post: 'erwaits', author: 'Troy Mabry', minutesAgo: 19_123, intents: ['abuse', 'complaint'], text: 'Dr. Feldman in your ER is an arrogant piece of garbage who should lose his license. Treated my wife like a junkie.' },
  { id: 52, post: 'erwaits', author: 'Arlene Fisk', minutesAgo: 10_264, intents: ['complaint'], text: "Why does it take 45 minutes on hold to schedule a simple follow up??? I'm on hold RIGHT NOW. That hold music is burned into my brain" },
  { id: 53, post: 'erwaits', author: 'Steph Olson', minutesAgo: 2_975, intents: ['medical_advice_request'], text: "How do I know if my daughter's cut needs stitches? It's on her chin, about half an inch, stopped bleeding. Urgent care closes at 8" },
  { id: 54, post: 'visiting', author: 'Maureen Tully', minutesAgo: 19_650, intents: ['complaint'], text: '8pm?? My husband works until 7. So he gets 45 minutes a night with his dying mother. Thanks for nothing.' },
  { id: 55, post: 'visiting', author: 'Jackie Lyons', minutesAgo: 19_740, intents: ['service_question'], text: 'Does this apply to the Behavioral Health unit too?' },
  { id: 56, post: 'visiting', author: 'Teresa Villanueva', minutesAgo: 19_012, intents: ['service_question'], text: '¿Los niños de 10 años pueden entrar si vienen con su mamá? Mi hija quiere ver a su abuelo 🙏' },
  { id: 57, post: 'visiting', author: 'Frank Duda', minutesAgo: 18_400, intents: ['praise'], text: "Good. It was a zoo in there with 9 people crammed in my roommate's room until midnight." },
  { id: 58, post: 'visiting', author: 'Darnell Price', minutesAgo: 18_579, intents: ['complaint'], text: "The lady at the front desk rolled her eyes and told me 'rules are rules' when I was 5 minutes late to see my newborn niece. No need for the attitude." },
  { id: 59, post: 'visiting', author: 'Sharon Kaminski', minutesAgo: 17_200, intents: ['service_question'], text: 'My father Walter Kaminski (91) is in room 618. Can his dog come visit? She is a 12 lb poodle and he has not seen her in 3 weeks 🐶' },
  { id: 60, post: 'visiting', author: 'Cheryl Dunmore', minutesAgo: 16_700, intents: ['complaint'], text: 'My 81 yo mother was discharged at 1am in a hospital gown, no coat, no ride, no prescriptions. The cab driver called ME. She was back in your ER 2 days later. This is how you treat the elderly?' },
  { id: 61, post: 'visiting', author: 'Rhonda Neeley', minutesAgo: 16_000, intents: ['service_question'], text: 'Can I stay overnight with my husband on the cardiac floor? He gets confused at night.' },
  { id: 62, replyTo: 61, author: 'Deb Harkins', minutesAgo: 15_800, intents: [], text: 'They let me stay with my mom on 3 South last month, ask the charge nurse. They have recliners.' },
  { id: 63, post: 'visiting', author: 'Naomi Fields', minutesAgo: 14_799, intents: ['spam'], text: 'Follow my page for daily motivation 💯✨ follow back guaranteed!! 🔁🔁' },
  { id: 64, post: 'visiting', author: 'Lan Tran', minutesAgo: 14_648, intents: ['service_question', 'complaint'], text: 'Do you have Vietnamese interpreters? My mom does not speak English and last time my 12 year old had to translate for the doctor.' },
  { id: 65, post: 'visiting', author: 'Cody Reese', minutesAgo: 12_865, intents: ['abuse'], text: 'The security guard who threw my brother out is Rick Torres. Lives out on Maple Ave by the Dollar General. Somebody should pay him a visit.' },
  { id: 66, post: 'visiting', author: 'Pearl Sutton', minutesAgo: 9_600, intents: ['service_question'], text: 'Who do I call about lost and found? My mom left her glasses in the 2nd floor waiting room Tuesday' },
  { id: 67, post: 'visiting', author: 'Maribel Ochoa', minutesAgo: 38, intents: ['self_harm'], text: 'ya no aguanto más. mi esposo está en la UCI, perdí el trabajo, no duermo. me quiero morir, de verdad' },
  { id: 68, post: 'visiting', author: 'Yvette Moreau', minutesAgo: 17_900, intents: ['praise'], text: 'Miss Gloria from housekeeping on 7 West came in singing gospel every morning and made my mama smile. Hire 100 more Glorias.' },
  { id: 69, post: 'cancer', author: 'Joanne Riggins', minutesAgo: 14_250, intents: ['praise'], text: 'What a beautiful building. I did my chemo in the old basement unit with no windows. The infusion nurses were angels then and I know they still are 🎗️' },
  { id: 70, post: 'cancer', author: 'Shirley Madsen', minutesAgo: 14_170, intents: ['service_question'], text: 'Do I need a referral for the breast health clinic or can I just call for a mammogram?' },
  { id: 71, post: 'cancer', author: 'Brent Haley', minutesAgo: 13_900, intents: ['misinformation'], text: "Chemo is poison. My uncle cured his prostate cancer with baking soda and apricot pits. They won't tell you that because there's no money in it." },
  { id: 72, replyTo: 71, author: 'Carla Nguyen', minutesAgo: 13_700, intents: [], text: 'Brent please stop posting this. Apricot pits have cyanide in them.' },
  { id: 73, post: 'cancer', author: 'Connie Lapointe', minutesAgo: 14_100, intents: ['praise'], text: '🎗️❤️' },
  { id: 74, post: 'cancer', author: 'Grace Thompson', minutesAgo: 12_500, intents: ['spam'], text: "I was diagnosed stage 3 and Dr. Abiola's herbal cure reversed it in 3 weeks!!! Contact him on WhatsApp +1 555-0193 or email drabiolaherbalhome@example.com 🌿🌿" },
  { id: 75, post: 'cancer', author: 'Wade Collier', minutesAgo: 12_565, intents: ['misinformation'], text: 'Funny how cancer rates went up right when they put the 5G towers up on Lakeview. Just saying.' },
  { id: 76, post: 'cancer', author: 'Debra Lindholm', minutesAgo: 11_000, intents: ['service_question'], text: 'Is there free parking at the cancer center or do we have to use the garage?' },
  { id: 77, post: 'cancer', author: 'Ida Mae Crowder', minutesAgo: 10_200, intents: ['complaint'], text: 'Food came cold every single meal when I was inpatient. Eggs like rubber. Can you at least warm it up for the cancer patients?' },
  { id: 78, post: 'cancer', author: 'Paulette Crane', minutesAgo: 9_800, intents: ['medical_advice_request'], text: 'I start radiation next week. Can I keep taking my turmeric and fish oil or do I have to stop? Nobody told me anything' },
  { id: 79, post: 'cancer', author: 'Rob Kettering', minutesAgo: 9_060, intents: ['service_question'], text: "What's the number for billing? The one on my statement goes to a fax machine" },
  { id: 80, replyTo: 79, author: 'Sheila Grant', minutesAgo: 8_990, intents: [], text: '555-0150, press 3. Mornings are better, they pick up before 10' },
  { id: 81, replyTo: 80, author: 'Rob Kettering', minutesAgo: 8_900, intents: [], text: 'Thank you Sheila, got through on the first try 🙏' },
  { id: 82, post: 'cancer', author: 'Lou Castellano', minutesAgo: 8_700, intents: ['praise'], text: 'Dr. Lindqvist and the whole 2nd floor team caught my lymphoma early. Proud to see this open 💚' },
  { id: 83, post: 'cancer', author: 'Glenda Hoff', minutesAgo: 7_500, intents: ['medical_advice_request'], text: 'Had my port put in Tuesday and the incision is red and warm and theres yellowish stuff coming out. Is that normal or should I call someone?' },
  { id: 84, post: 'cancer', author: 'Marge Ebert', minutesAgo: 6_100, intents: ['service_question'], text: 'Will there be a wig bank there like at the old unit?' },
  { id: 85, post: 'cancer', author: 'Neil Bradshaw', minutesAgo: 5_900, intents: ['complaint'], text: "Beautiful building, shame about the bills. $14,000 in 'facility fees' on top of everything else. Who is this center actually for?" },
  { id: 86, post: 'cancer', author: 'Tina Markovic', minutesAgo: 5_200, intents: ['complaint'], text: "I've called billing 6 times about being charged twice for the same MRI. Account #4471-2290. Nobody calls back. Email me at tina.markovic@example.com since your phones never work" },
  { id: 87, post: 'cancer', author: 'Gary Pettibone', minutesAgo: 4_100, intents: ['self_harm'], text: "Looks nice. I'm on my 4th round and honestly my wife and kids would be better off without me at this point. Just a bill and a burden. Tired of being tired." },
  { id: 88, post: 'jobs', author: 'Tiana Rollins', minutesAgo: 8_850, intents: ['service_question'], text: 'Are you hiring new grad RNs or only experienced? I take my NCLEX in 3 weeks 🤞🤞' },
  { id: 89, post: 'jobs', author: 'Ahmad Qureshi', minutesAgo: 8_600, intents: ['service_question'], text: 'Do you sponsor visas for internationally educated nurses?' },
  { id: 90, post: 'jobs', author: 'Lynette Sparks', minutesAgo: 8_200, intents: ['complaint'], text: 'Applied 4 times online for a unit clerk job and never got a single call back. Not even a rejection email.' },
  { id: 91, post: 'jobs', author: 'Sasha Kim', minutesAgo: 8_363, intents: ['spam'], text: "Nurses!! Travel contracts paying $3,800/week 🤑 DM me or apply at travelnursebucks.example, I'll get you placed in 7 days" },
  { id: 92, post: 'jobs', author: 'Jerome Woodard', minutesAgo: 7_100, intents: ['service_question'], text: 'Is there parking for the job fair or should we use the garage? And do we bring printed resumes?' },
  { id: 93, replyTo: 92, author: 'Kim Oyelaran', minutesAgo: 7_000, intents: [], text: 'They said on the phone the garage is free for job fair people, just tell the attendant' },
  { id: 94, post: 'jobs', author: 'Becky Thorsen', minutesAgo: 5_865, intents: ['praise'], text: 'Been a CNA here 11 years. Best team I have ever worked with. Come join us on 3 West!!' },
  { id: 95, post: 'jobs', author: 'Priya Raman', minutesAgo: 5_300, intents: ['service_question'], text: "Hi, I'm Priya Raman. I can't make Thursday because of my shift. Can someone call me about the EVS openings? 555-0119. Thank you" },
  { id: 96, post: 'jobs', author: 'Desmond Clarke', minutesAgo: 5_100, intents: [], text: 'Tyler Monroe this is your sign bro 👀' },
  { id: 97, post: 'jobs', author: 'Lorraine Whitfield', minutesAgo: 4_625, intents: ['service_question', 'complaint'], text: 'How do I get a copy of my records?? I am Lorraine Whitfield, DOB 03/14/1958, I was in the ER on 8/22. I faxed the form twice. Please call me 555-0143' },
  { id: 98, post: 'jobs', author: 'Mike Dawson', minutesAgo: 4_300, intents: ['spam'], text: 'Make $500/day from home with just your phone 📲 no experience needed!! Link in my profile' },
  { id: 99, post: 'jobs', author: 'Abdi Farah', minutesAgo: 3_800, intents: ['service_question'], text: 'Is the job fair also for pharmacy techs?' },
  { id: 100, post: 'jobs', author: 'Danielle Frost', minutesAgo: 1_900, intents: ['praise'], text: 'Got hired at the job fair as a patient transporter!!! Start Monday 🎉 thank you Northbrook!' },
  { id: 101, post: 'heat', author: 'Jayden Rowe', minutesAgo: 3_190, intents: [], text: 'first!' },
  { id: 102, post: 'heat', author: 'Rosalind Keyes', minutesAgo: 3_150, intents: ['praise'], text: 'Thank you for posting this. Please everyone check on your older neighbors.' },
  { id: 103, post: 'heat', author: 'Vernon Able', minutesAgo: 2_900, intents: ['medical_advice_request'], text: "I'm on a water pill (furosemide) and my doctor says limit fluids. How much water should I drink in this heat?" },
  { id: 104, post: 'heat', author: 'Glen Avery', minutesAgo: 2_700, intents: ['praise'], text: 'Shout out to the volunteers handing out water bottles at the bus stop on Main this morning 💧 you guys rock' },
  { id: 105, post: 'heat', author: 'Clint Hagen', minutesAgo: 2_500, intents: ['misinformation'], text: 'Ice cold water in a heat wave can stop your heart, drink it room temp. My grandma always said that and she lived to 98' },
  { id: 106, post: 'heat', author: 'Olga Petrenko', minutesAgo: 2_623, intents: ['service_question'], text: 'Is the cooling center at the library open on Sunday? My building has no AC' },
  { id: 107, post: 'heat', author: 'Jim Halloran', minutesAgo: 1_800, intents: ['praise'], text: '👍' },
  { id: 108, post: 'heat', author: 'Nora Whitaker', minutesAgo: 1_500, intents: ['complaint'], text: 'Maybe fix the AC in your own waiting room first. It was 85 degrees in the ER lobby yesterday.' },
  { id: 109, post: 'heat', author: 'Alicia Bowers', minutesAgo: 1_200, intents: ['medical_advice_request'], text: 'My husband got really dizzy and crampy mowing the lawn. He is resting inside in the AC now and drinking water and says he feels better. Does he still need to get checked?' },
  { id: 110, post: 'heat', author: 'Kevin Smith', minutesAgo: 1_100, intents: ['spam'], text: 'Buy oxycodone, Xanax, Adderall without prescription ✅ discreet shipping ✅ cheapest prices at rx-nopresc.example 💊💊' },
  { id: 111, post: 'heat', author: 'Wes Holbrook', minutesAgo: 1_057, intents: [], text: "who else's car thermometer said 104 today 🥵" },
  { id: 112, post: 'heat', author: 'Trey Powell', minutesAgo: 520, intents: [], text: '100 degrees in Northbrook?? I moved here from Phoenix for a reason lol' },
  { id: 113, post: 'heat', author: 'Brianna Cole', minutesAgo: 4, intents: ['emergency', 'medical_advice_request'], text: 'PLEASE HELP my 3 year old just swallowed one of those little round batteries from the tv remote. he seems fine right now, do I make him throw up??' },
  { id: 114, post: 'heat', author: 'Mandy Griggs', minutesAgo: 2, intents: ['praise'], text: 'Just want to say the peds ER team today was amazing with my little one. Patient, funny, and they explained everything 💙' },
  { id: 115, post: 'nurses', author: 'Herb Lassiter', minutesAgo: 28_615, intents: ['complaint'], text: "My dad's hearing aids went missing during his stay on 6 East. $4,200 hearing aids. Security says file a form. It's been 3 weeks and nothing." },
  { id: 116, post: 'nurses', author: 'Fran Mueller', minutesAgo: 30_400, intents: ['praise'], text: "Random but the cafeteria chicken noodle soup got me through my husband's surgery week. Tell the cooks thank you 🍜" },
  { id: 117, post: 'nurses', author: 'Kelsey Drummond', minutesAgo: 29_900, intents: [], text: 'Can someone PLEASE get the cafeteria to share the chocolate chip cookie recipe 🍪 I would pay money' },
  { id: 118, post: 'nurses', author: 'Harold Beck', minutesAgo: 26_000, intents: ['complaint'], text: 'My wife fell trying to get to the bathroom because nobody answered the call light for 40 minutes. Now she has a fractured wrist ON TOP of pneumonia. Appreciate that.' },
  { id: 119, post: 'nurses', author: 'Emily Strand', minutesAgo: 27_500, intents: ['service_question'], text: 'How old do you have to be to volunteer? My daughter is 15 and wants to be a nurse' },
  { id: 120, post: 'nurses', author: 'Gina Marchetti', minutesAgo: 32_000, intents: [], text: 'Is that Dr. Bhatt in the back in the Hawaiian shirt 😂😂' },
  { id: 121, post: 'flu', author: 'Rachel Dunne', minutesAgo: 25_700, intents: ['praise'], text: "The phlebotomist at the outpatient lab got me on the first try and I'm a notoriously hard stick. Whoever Tasha is, she's a wizard ✨" },
  { id: 122, post: 'flu', author: 'Yesenia Cruz', minutesAgo: 15_400, intents: ['medical_advice_request'], text: 'Mi bebé de 8 meses tiene fiebre de 39.5 desde anoche. ¿Le puedo dar Tylenol o lo llevo a emergencias?' },
  { id: 123, post: 'flu', author: 'Kristen Yoder', minutesAgo: 20_500, intents: ['medical_advice_request'], text: 'My son is 7 months, is he old enough for the flu shot or should we wait? He was a preemie (born at 31 weeks)' },
  { id: 124, post: 'flu', author: 'Darla Spence', minutesAgo: 39_000, intents: ['misinformation'], text: 'Flu shots have mercury and aluminum that builds up in your brain. My kids havent had one in 10 years and never get sick.' },
  { id: 125, post: 'garage', author: 'Stan Kowalski', minutesAgo: 22_500, intents: ['praise'], text: "The EV chargers in the new garage actually work. That's more than I can say for the ones at Walmart. Nice job." },
  { id: 126, replyTo: 27, author: 'Bree Hanlon', minutesAgo: 4_650, intents: [], text: 'lol' },
  { id: 127, post: 'garage', author: 'Holly Brandt', minutesAgo: 39_800, intents: [], text: "That's where I learned to parallel park, RIP lot B 😂" },
  { id: 128, post: 'visiting', author: 'Mercedes Alvarado', minutesAgo: 13_300, intents: ['service_question'], text: '¿Tienen intérpretes en español en la sala de emergencias? Mi papá no habla inglés y me preocupa' },
  { id: 129, post: 'jobs', author: 'Colleen Murphy', minutesAgo: 6_800, intents: ['service_question'], text: 'Do you have part-time or PRN positions for respiratory therapists?' },
  { id: 130, post: 'cancer', author: 'Howard Pruitt', minutesAgo: 4_500, intents: ['service_question'], text: "Is there a support group for spouses? My wife starts chemo next month and I honestly don't know what I'm doing" },
  { id: 131, post: 'heat', author: 'Ellen Zhou', minutesAgo: 1_650, intents: ['service_question'], text: 'Can I bring my elderly mom to sit in the hospital lobby to cool off if the library is full? Or is there somewhere else?' },
  { id: 132, post: 'garage', author: 'Ray Bautista', minutesAgo: 16_500, intents: ['service_question'], text: 'Is the garage open 24/7? I work nights in the lab and lot D is so dark' },
  { id: 133, post: 'flu', author: 'Jean Fournier', minutesAgo: 24_600, intents: ['service_question'], text: 'Do you take Medicare Part B at the flu clinic or do I need to go to my pharmacy?' },
  { id: 134, post: 'erwaits', author: 'Nicole Banks', minutesAgo: 5_910, intents: ['medical_advice_request'], text: 'My 15 month old fell off the couch onto hardwood, cried right away, now acting normal but has a huge goose egg. Do we need to come in for a scan??' },
];

const SCHEME: ChannelScheme<PostKey> = {
  channel: 'facebook',
  describePost: (key) => {
    const objectId = postObjectId(key);
    return { externalId: `${FACEBOOK_PAGE_ID}_${objectId}`, url: `${PAGE_URL}/posts/${objectId}` };
  },
  // Graph API comment ids are `<post object id>_<comment object id>`, replies included; the link
  // to a reply names the thread's top-level comment and the reply.
  describeComment: (row, { post, threadExternalId }) => {
    const objectId = digitsFrom(`fb-comment:${row.id}`, 16);
    const postId = post === null ? FACEBOOK_PAGE_ID : postObjectId(post);
    const postUrl = `${PAGE_URL}/posts/${postId}`;
    const url =
      threadExternalId === null
        ? `${postUrl}?comment_id=${objectId}`
        : `${postUrl}?comment_id=${threadExternalId.split('_')[1]}&reply_comment_id=${objectId}`;
    return { externalId: `${postId}_${objectId}`, url };
  },
};

function postObjectId(key: PostKey): string {
  return digitsFrom(`fb-post:${key}`, 16);
}

export const FACEBOOK_POSTS = buildPosts(POSTS, SCHEME);
export const FACEBOOK_COMMENTS = buildComments(ROWS, POSTS, SCHEME);
