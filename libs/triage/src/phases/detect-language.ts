import type { Language, TriageContext, TriageDraft } from '../triage.types';

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
  // The word lists are in `lexicon/language-words.ts`; each word knows which it is on.
  for (const word of context.words) {
    if (word.isSpanish) {
      spanish++;
    }
    if (word.isEnglish) {
      english++;
    }
    if (word.isWord) {
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
