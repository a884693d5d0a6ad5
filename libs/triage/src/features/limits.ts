/**
 * Classification reads at most this many characters. Comments are short; a 50,000-character paste
 * is classified by its opening, which keeps the cost per comment bounded. PHI detection still
 * scans the whole text.
 */
export const MAX_CLASSIFIED_CHARS = 4000;
