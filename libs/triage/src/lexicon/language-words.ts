/**
 * Function words that tell Spanish from English (`detectLanguage`). Function words only: they are
 * frequent, short and do not depend on the topic. Words shared by both languages ("no", "me", "a")
 * are left out.
 */
export const SPANISH_WORDS: readonly string[] =
  `de la que el en y los se del las un por con una su para es al lo como más pero sus le ya este
  porque esta cuando muy sin sobre también hasta hay donde quien desde todo nos durante todos uno
  les ni contra otros ese eso ante ellos esto mí antes algunos qué unos yo otro otras otra él tanto
  esa estos mucho quienes nada muchos cual poco ella estar estas algo nosotros mi mis tú te ti tu
  tus está estoy están tengo tiene tienen gracias hola favor necesito puedo quiero mamá papá hijo
  hija dios bendiga buenas buenos días hace cómo cuándo dónde por qué usted ustedes nadie llamo
  cita ayuda hospital médico doctor`.split(/\s+/);
/** English function words, chosen as `SPANISH_WORDS` are. */
export const ENGLISH_WORDS: readonly string[] =
  `the and to of in is it you that i for on was with my this have are be at not but they so we he
  she do just what your can all if or from about there one will would get like an by her his our
  them been were had has did don't i'm im how why when who please thank thanks wait ty lol its it's
  hours there their after been before because very really`.split(/\s+/);
