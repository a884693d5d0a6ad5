import { isWordToken } from '../features/tokenize';
import type { Language, TriageContext, TriageDraft } from '../triage.types';

// Function words only: they are frequent, short and do not depend on the topic. Words shared by
// both languages ("no", "me", "a") are left out.
const SPANISH = new Set(
  `de la que el en y los se del las un por con una su para es al lo como más pero sus le ya este
  porque esta cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno
  les ni contra otros ese eso ante ellos esto mí antes algunos qué unos yo otro otras otra él tanto
  esa estos mucho quienes nada muchos cual poco ella estar estas algo nosotros mi mis tú te ti tu
  tus está estoy están tengo tiene tienen gracias hola favor necesito puedo quiero mamá papá hijo
  hija dios bendiga buenas buenos días hace cómo cuándo dónde por qué usted ustedes nadie llamo
  cita ayuda hospital médico doctor`.split(/\s+/),
);
const ENGLISH = new Set(
  `the and to of in is it you that i for on was with my this have are be at not but they so we he
  she do just what your can all if or from about there one will would get like an by her his our
  them been were had has did don't i'm im how why when who please thank thanks wait ty lol its it's
  hours there their after been before because very really`.split(/\s+/),
);
const SPANISH_MARKS = /[ñ¿¡]|[áéíóú]/;

/**
 * Phase 1: tells English from Spanish by counting function words, with Spanish punctuation and
 * accents as a tie-breaker. Returns `und` when no word gives a hint (emoji, "??", other scripts).
 *
 * @example detectLanguage(buildContext('Me llamo Carmen y necesito una cita')).language // -> 'es'
 */
export function detectLanguage(context: TriageContext): TriageDraft {
  let spanish = 0;
  let english = 0;
  let latinWords = 0;
  for (const token of context.tokens) {
    if (SPANISH.has(token)) {
      spanish++;
    }
    if (ENGLISH.has(token)) {
      english++;
    }
    if (isWordToken(token)) {
      latinWords++;
    }
  }
  let language: Language;
  if (spanish > english) {
    language = 'es';
  } else if (english > spanish) {
    language = 'en';
  } else if (spanish > 0 || latinWords > 0) {
    language = SPANISH_MARKS.test(context.lower.slice(0, 2000)) ? 'es' : 'en';
  } else {
    language = 'und';
  }
  return { language };
}
