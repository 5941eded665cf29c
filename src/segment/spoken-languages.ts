/**
 * Spoken (natural) languages and proficiency words: what a "Languages"
 * section names when it lists the languages a person speaks, as opposed to
 * the programming languages some resumes list under the same heading.
 */

/** Natural language names, lower case (English names, and a few endonyms common on resumes). */
export const SPOKEN_LANGUAGES: ReadonlySet<string> = new Set(
  (
    "english spanish french german hindi arabic mandarin chinese cantonese japanese korean portuguese russian italian " +
    "dutch flemish polish turkish bengali bangla urdu tamil telugu marathi gujarati kannada malayalam punjabi odia oriya " +
    "assamese persian farsi dari hebrew greek swedish norwegian danish finnish icelandic czech slovak hungarian romanian " +
    "moldovan bulgarian ukrainian belarusian serbian croatian bosnian slovenian macedonian albanian lithuanian latvian " +
    "estonian vietnamese thai indonesian malay bahasa filipino tagalog swahili kiswahili amharic yoruba igbo hausa zulu " +
    "xhosa afrikaans catalan basque galician irish gaelic welsh maltese luxembourgish armenian georgian azerbaijani azeri " +
    "kazakh uzbek kyrgyz turkmen tajik mongolian nepali sinhala sinhalese burmese khmer lao kurdish pashto somali " +
    "esperanto latin sanskrit tigrinya oromo malagasy haitian creole quechua guarani maori samoan tongan fijian " +
    "español espanol français francais deutsch português portugues italiano русский nederlands polski türkçe"
  ).split(" "),
);

/** Words that rate a spoken language ("English (native)", "German B2", "fluent in Spanish"). */
export const PROFICIENCY_WORDS: ReadonlySet<string> = new Set(
  (
    "native fluent fluency bilingual trilingual multilingual proficient proficiency intermediate beginner basic " +
    "conversational elementary advanced mother tongue first second working professional limited full a1 a2 b1 b2 c1 c2 " +
    "ielts toefl delf dele jlpt hsk"
  ).split(" "),
);

/** True when `text` names a spoken language or a language proficiency. */
export function namesSpokenLanguage(text: string): boolean {
  if (text.length > 2000) return true;
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w !== "" && (SPOKEN_LANGUAGES.has(w) || PROFICIENCY_WORDS.has(w))) return true;
  }
  return false;
}
