// Verbs of saying as lemmas, inflected here (-s, -ed, -ing with English spelling rules); irregular
// verbs list their forms. A lemma added once covers "urges", "urged" and "urging".

const REGULAR = `explain note announce report declare claim insist argue ask reply respond warn tweet confirm
  remark comment admit acknowledge continue conclude describe state urge stress emphasize emphasise recall
  observe predict caution complain concede contend suggest testify recount allege assert maintain deny
  accuse criticize criticise praise vow pledge promise question wonder joke quip post blog reiterate retort
  counter mention lament exclaim plead demand boast scoff sneer shout yell whisper cry elaborate summarize
  summarise characterize characterise label dismiss add sigh laugh chuckle grumble mutter murmur marvel concur
  answer believe hope fear estimate condemn welcome hail thank apologise apologize inform assure reassure repeat call
  underline highlight challenge dispute agree disagree groan reflect muse detail clarify affirm reason hint
  indicate reveal disclose fume rage thunder blast slam echo advise recommend remind text email message concur
  rebut snap signal remember beg scream brag reckon worry object protest confide interject interrupt bark growl
  seethe mock tease sob gasp enthuse gush rave ponder speculate theorise theorize surmise guess venture volunteer
  propose chant encourage appeal implore exhort rule cite reject grin smile shrug beam wince`;

// Irregular verbs, and the bare forms that are verbs far more often than nouns ("add", "say", "tell").
const IRREGULAR = `add said says say saying told tell tells telling wrote writes write writing written spoke speaks
  speaking spoken think thinks thinking thought swore swears forecast forecasts marvelled signaled signaling found finds`;

/** "urge" → urges, urged, urging; "reply" → replies, replied; "admit" → admitted, admitting. */
function inflect(verb: string): string[] {
  // The bare form is left out: "report", "comment", "claim", "note" are nouns far more often than verbs.
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  if (verb.endsWith('e')) return [`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  const s = /(?:s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  // One stressed short syllable ending consonant-vowel-consonant doubles its consonant: admit → admitted.
  const doubled = /^(?:admit|quip|commit|regret|plan|concur|rebut|snap|slam|signal|beg|brag|sob|blog|grin)$/.test(verb) ? verb + verb.at(-1) : verb;
  return [s, `${doubled}ed`, `${doubled}ing`];
}

const list = (s: string) => s.trim().split(/\s+/);

/** "pointed out", "hit back": the verb with the particle that makes it one of saying. */
export const SAY_PHRASES = `pointed out | points out | pointing out | went on | goes on | hit back | hits back | fired back | shot back
  | lashed out | chimed in | weighed in | spelled out | summed up | sums up`.split('|').map(list);

/** Verbs that name or describe their object with the words in marks ("called X "…"", "described X as "…""): the name after one is what is spoken of. */
export const NAMING_VERBS = new Set(list('call describe label characterize characterise dub brand nickname refer').flatMap(inflect));

export const SAY_VERBS = new Set([...list(REGULAR).flatMap(inflect), ...list(IRREGULAR), ...NAMING_VERBS]);
