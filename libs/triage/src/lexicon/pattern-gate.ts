/**
 * A prefilter for the engine's many cue patterns. Most comments match almost none of them, yet an
 * unanchored pattern of fifty alternatives still costs a regex scan of the whole comment. So each
 * pattern registered here is reduced, once, to sets of literal strings such that every match
 * contains a literal of each set ("chest pa" or "heart at", and "now" or "started"; one group of
 * sets per alternative of the pattern), and one Aho-Corasick pass over the lower-cased comment
 * finds where literals first occur. A pattern none of whose groups is met in the text cannot match
 * and is skipped; every other pattern still runs, so results never change.
 *
 * The literals are searched in the lower-cased text. That is sound for patterns run on the
 * original text too, as long as each literal is lower-cased and case folding is per character,
 * which `literalRequirement` checks (it gives up, and the pattern always runs, where it is not).
 */

/**
 * For each gated pattern, the earliest position in the scanned text by which, for one of its
 * alternatives, a literal of each set has ended (see `literalRequirement`); `NEVER` when none.
 */
export type PatternHits = readonly number[];

const NEVER = 0x7fffffff;
/** Literal sets larger than this are not expanded further (cross products grow fast). */
const MAX_EXACT = 16;
/**
 * A clause scores at least this (`selectivity`) when it has at most 64 literals, each of two
 * characters or more; weaker clauses are dropped when a pattern has a strong one.
 */
const STRONG_CLAUSE = 2000 - 64;
/** Clauses looked for per pattern: the most selective ones say nearly all. */
const MAX_CLAUSES = 3;
/** Alternatives of more strings than this are not kept as one set. */
const MAX_UNION = 256;
/** A character class with more members than this is treated as "any character". */
const MAX_CLASS = 10;
/**
 * Literals are cut to this many code units (a prefix of a required literal is required too): longer
 * ones select little better and grow the automaton, which is faster the more of it stays in cache.
 */
const MAX_LITERAL = 8;

/**
 * What a piece of a pattern can match. `exact`: every string it can match, when that set is small
 * (`''` alone for anchors and lookarounds, which consume nothing). Otherwise `clauses`, literal sets
 * one literal of each of which occurs in every match (all of them: "and" of "or"s), and `prefix`
 * and `suffix`, strings every match starts or ends with (`null` when unknown).
 */
interface Info {
  exact: string[] | null;
  clauses: string[][];
  prefix: string[] | null;
  suffix: string[] | null;
  /** For an alternation (bare or inside anchors and a group): what each alternative needs. */
  branches?: Info[];
}

const ANY: Info = { exact: null, clauses: [], prefix: null, suffix: null };
const EMPTY: Info = { exact: [''], clauses: [], prefix: null, suffix: null };

function exactly(strings: string[]): Info {
  return { exact: strings, clauses: [], prefix: null, suffix: null };
}

class Unsupported extends Error {}

/**
 * What any match of `pattern` needs in the lower-cased text, as alternatives: the pattern can match
 * only where, for some alternative, a literal of each of its sets occurs (literals are lower-case,
 * at most `MAX_LITERAL` code units). Empty when nothing useful is known: the pattern must then
 * always run.
 *
 * @example literalRequirement(/chest (?:pain|pressure)[^.]{0,9}now|stroke/)
 *   // -> [[['stroke']], [['chest pa', 'chest pr'], ['now']]]
 */
export function literalRequirement(pattern: RegExp): string[][][] {
  // Unicode case-insensitive matching folds "ſ" to "s" and "K" (kelvin) to "k", which
  // lower-casing does not: such patterns are not gated.
  if (pattern.ignoreCase && pattern.unicode) {
    return [];
  }
  let info: Info;
  try {
    const parser = new Parser(pattern.source, pattern.unicode);
    info = parser.parseAlternation();
    if (parser.index !== pattern.source.length) {
      return [];
    }
  } catch (error) {
    if (error instanceof Unsupported) {
      return [];
    }
    throw error;
  }
  // Alternatives that need one literal set each are one alternative needing their union.
  const single = new Set<string>();
  const several: string[][][] = [];
  for (const branch of alternativesOf(info)) {
    const clauses = simplify(clausesOf(branch));
    if (clauses.length === 0) {
      return [];
    }
    if (clauses.length === 1) {
      clauses[0].forEach((literal) => single.add(literal));
    } else {
      several.push(clauses);
    }
  }
  return single.size > 0 ? [simplify([[...single]]), ...several] : several;
}

/** The alternatives of an alternation, nested ones included; otherwise the piece itself. */
function alternativesOf(info: Info): Info[] {
  return info.branches === undefined ? [info] : info.branches.flatMap(alternativesOf);
}

/**
 * Fewer, shorter literals: a literal that contains another of its clause adds nothing, and a
 * clause of one-character literals (a space, a digit) would wake the scan at most characters while
 * another clause says more, or says next to nothing at all. Every clause is required, so leaving
 * any out stays sound (leaving them all out means the pattern always runs).
 */
function simplify(clauses: readonly string[][]): string[][] {
  const kept = new Map<string, string[]>();
  for (const clause of clauses) {
    const literals = [...new Set(clause.map(truncate))].sort(
      (left, right) => left.length - right.length,
    );
    const minimal: string[] = [];
    for (const literal of literals) {
      if (!minimal.some((shorter) => literal.includes(shorter))) {
        minimal.push(literal);
      }
    }
    kept.set([...minimal].sort().join('\0'), minimal);
  }
  const ranked = [...kept.values()]
    .filter((clause) => !clause.some(isEverywhere))
    .sort((left, right) => selectivity(right) - selectivity(left));
  const strong = ranked.filter((clause) => selectivity(clause) >= STRONG_CLAUSE);
  return (strong.length > 0 ? strong : ranked.slice(0, 1)).slice(0, MAX_CLAUSES);
}

/**
 * A letter, digit, space, full stop or comma alone: found in nearly every comment, so a
 * clause with one says nothing, and would wake the scan at every such character.
 */
function isEverywhere(literal: string): boolean {
  return literal.length === 1 && /[a-z0-9 .,]/.test(literal);
}

function truncate(literal: string): string {
  return literal.length > MAX_LITERAL ? literal.slice(0, MAX_LITERAL) : literal;
}

/** A literal set tells something only if it is not empty and every literal is. */
function isUseful(literals: readonly string[] | null): literals is string[] {
  return literals !== null && literals.length > 0 && !literals.includes('');
}

function clausesOf(info: Info): string[][] {
  if (info.exact !== null) {
    return isUseful(info.exact) ? [info.exact] : [];
  }
  return info.clauses;
}

function prefixOf(info: Info): string[] | null {
  return info.exact ?? info.prefix;
}

function suffixOf(info: Info): string[] | null {
  return info.exact ?? info.suffix;
}

/** Higher is more selective: long literals first, then fewer of them. */
function selectivity(literals: readonly string[]): number {
  let shortest = Infinity;
  for (const literal of literals) {
    shortest = Math.min(shortest, literal.length);
  }
  return Math.min(shortest, 4) * 1000 - literals.length;
}

/** The most selective single literal set that every match of `info` satisfies. */
function bestClause(info: Info): string[] | null {
  let chosen: string[] | null = null;
  for (const candidate of [...clausesOf(info), prefixOf(info), suffixOf(info)]) {
    if (isUseful(candidate) && (chosen === null || selectivity(candidate) > selectivity(chosen))) {
      chosen = candidate;
    }
  }
  return chosen;
}

function cross(left: readonly string[], right: readonly string[]): string[] {
  const product = new Set<string>();
  for (const first of left) {
    for (const second of right) {
      product.add(first + second);
    }
  }
  return [...product];
}

function union(sets: readonly (string[] | null)[]): string[] | null {
  const all = new Set<string>();
  for (const set of sets) {
    if (set === null) {
      return null;
    }
    for (const value of set) {
      all.add(value);
    }
  }
  return all.size <= MAX_UNION ? [...all] : null;
}

/** One literal character, lower-cased; characters whose case mapping is unusual are unsupported. */
function literal(character: string): Info {
  const lower = character.toLowerCase();
  if (
    lower.length !== character.length ||
    (lower !== character && character.charCodeAt(0) > 0xff)
  ) {
    throw new Unsupported();
  }
  return exactly([lower]);
}

/** A recursive-descent reader for the regular-expression syntax the cue patterns use. */
class Parser {
  index = 0;

  constructor(
    private readonly source: string,
    private readonly isUnicode: boolean,
  ) {}

  parseAlternation(): Info {
    const branches: Info[] = [this.parseSequence()];
    while (this.source[this.index] === '|') {
      this.index++;
      branches.push(this.parseSequence());
    }
    if (branches.length === 1) {
      return branches[0];
    }
    if (branches.every((branch) => branch.exact !== null)) {
      const exact = union(branches.map((branch) => branch.exact));
      if (exact !== null) {
        return exactly(exact);
      }
    }
    // (a and b) or (c and d) implies (a or c): one clause, the best of each branch together.
    const clause = union(branches.map(bestClause));
    return {
      exact: null,
      clauses: isUseful(clause) ? [clause] : [],
      prefix: union(branches.map(prefixOf)),
      suffix: union(branches.map(suffixOf)),
      branches,
    };
  }

  private parseSequence(): Info {
    const clauses: string[][] = [];
    let prefix: string[] | null = null;
    let isExact = true;
    /** The exact strings of the items since the last item that is not exact. */
    let run: string[] = [''];
    /** The items that consume text (anchors and lookarounds do not). */
    const consuming: Info[] = [];
    const close = (head: string[]): void => {
      if (isUseful(head)) {
        clauses.push(head);
      }
      if (isExact) {
        prefix = head;
        isExact = false;
      }
    };
    while (this.index < this.source.length) {
      const character = this.source[this.index];
      if (character === '|' || character === ')') {
        break;
      }
      const item = this.parseQuantified();
      if (item !== EMPTY) {
        consuming.push(item);
      }
      if (item.exact !== null) {
        if (run.length * item.exact.length <= MAX_EXACT) {
          run = cross(run, item.exact);
        } else {
          close(run);
          run = item.exact;
        }
        continue;
      }
      // The run is followed directly by the start of this item.
      const itemPrefix = item.prefix;
      close(
        itemPrefix !== null && run.length * itemPrefix.length <= MAX_EXACT
          ? cross(run, itemPrefix)
          : run,
      );
      clauses.push(...item.clauses);
      run = item.suffix ?? [''];
    }
    if (isExact) {
      return exactly(run);
    }
    if (isUseful(run)) {
      clauses.push(run);
    }
    // `\b(?:a|b)\b` needs what `a|b` needs: keep its alternatives apart.
    const branches = consuming.length === 1 ? consuming[0].branches : undefined;
    return { exact: null, clauses, prefix, suffix: run, branches };
  }

  private parseQuantified(): Info {
    const atom = this.parseAtom();
    const quantifier = this.readQuantifier();
    if (quantifier === null) {
      return atom;
    }
    const [min, max] = quantifier;
    if (this.source[this.index] === '?') {
      this.index++;
    }
    if (min === 0) {
      return max === 1 && atom.exact !== null ? exactly(['', ...atom.exact]) : ANY;
    }
    // At least `min` copies in a row: their concatenations are required, when few enough.
    let power: string[] | null = null;
    if (atom.exact !== null && atom.exact.length ** min <= MAX_EXACT) {
      power = atom.exact;
      for (let count = 1; count < min; count++) {
        power = cross(power, atom.exact);
      }
      if (min === max) {
        return exactly(power);
      }
    }
    if (power !== null) {
      return {
        exact: null,
        clauses: isUseful(power) ? [power] : [],
        prefix: power,
        suffix: power,
      };
    }
    return {
      exact: null,
      clauses: clausesOf(atom),
      prefix: prefixOf(atom),
      suffix: suffixOf(atom),
    };
  }

  private readQuantifier(): [number, number] | null {
    const character = this.source[this.index];
    if (character === '?' || character === '*' || character === '+') {
      this.index++;
      return character === '?' ? [0, 1] : [character === '*' ? 0 : 1, Infinity];
    }
    if (character === '{') {
      const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.index));
      if (match) {
        this.index += match[0].length;
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
        return [min, max];
      }
      if (this.isUnicode) {
        throw new Unsupported();
      }
    }
    return null;
  }

  private parseAtom(): Info {
    const character = this.source[this.index];
    if (character === '(') {
      return this.parseGroup();
    }
    if (character === '[') {
      return this.parseClass();
    }
    if (character === '.') {
      this.index++;
      return ANY;
    }
    if (character === '^' || character === '$') {
      this.index++;
      return EMPTY;
    }
    if (character === '\\') {
      return this.parseEscape();
    }
    if (character === '*' || character === '+' || character === '?' || character === ']') {
      throw new Unsupported();
    }
    return literal(this.readCharacter());
  }

  /** One character of the source: a code point in Unicode mode, else a code unit. */
  private readCharacter(): string {
    const code = this.source.codePointAt(this.index) ?? 0;
    const character =
      this.isUnicode && code > 0xffff ? String.fromCodePoint(code) : this.source[this.index];
    this.index += character.length;
    return character;
  }

  private parseGroup(): Info {
    this.index++;
    let isLookaround = false;
    if (this.source.startsWith('?:', this.index)) {
      this.index += 2;
    } else if (/^\?<?[=!]/.test(this.source.slice(this.index, this.index + 3))) {
      isLookaround = true;
      this.index += this.source[this.index + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.index)) {
      const close = this.source.indexOf('>', this.index);
      if (close < 0) {
        throw new Unsupported();
      }
      this.index = close + 1;
    } else if (this.source[this.index] === '?') {
      throw new Unsupported();
    }
    const inner = this.parseAlternation();
    if (this.source[this.index] !== ')') {
      throw new Unsupported();
    }
    this.index++;
    // A lookaround consumes nothing; what it looks at need not be inside the match.
    return isLookaround ? EMPTY : inner;
  }

  private parseEscape(): Info {
    this.index++;
    const character = this.source[this.index];
    this.index++;
    switch (character) {
      case 'b':
      case 'B':
        return EMPTY;
      case 'd':
        return exactly('0123456789'.split(''));
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return ANY;
      case 'p':
      case 'P':
        this.skipProperty();
        return ANY;
      case 'k':
        return ANY;
      default:
        if (character >= '1' && character <= '9') {
          // A back-reference: what it matches is not known here.
          while (/\d/.test(this.source[this.index] ?? '')) {
            this.index++;
          }
          return ANY;
        }
        return literal(this.readEscapedCharacter(character));
    }
  }

  private skipProperty(): void {
    if (!this.isUnicode || this.source[this.index] !== '{') {
      throw new Unsupported();
    }
    const close = this.source.indexOf('}', this.index);
    if (close < 0) {
      throw new Unsupported();
    }
    this.index = close + 1;
  }

  /** The character an escape other than a class shorthand stands for (`\t`, `\u{1F3FB}`, `\.`). */
  private readEscapedCharacter(character: string): string {
    switch (character) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        return '\0';
      case 'x':
        return String.fromCharCode(this.readHex(2));
      case 'u': {
        if (this.isUnicode && this.source[this.index] === '{') {
          const close = this.source.indexOf('}', this.index);
          const code = Number.parseInt(this.source.slice(this.index + 1, close), 16);
          this.index = close + 1;
          if (!Number.isFinite(code)) {
            throw new Unsupported();
          }
          return String.fromCodePoint(code);
        }
        return String.fromCharCode(this.readHex(4));
      }
      case 'c':
        throw new Unsupported();
      default:
        if (/[a-zA-Z]/.test(character)) {
          throw new Unsupported();
        }
        return character;
    }
  }

  private readHex(length: number): number {
    const digits = this.source.slice(this.index, this.index + length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) {
      throw new Unsupported();
    }
    this.index += length;
    return Number.parseInt(digits, 16);
  }

  private parseClass(): Info {
    this.index++;
    const isNegated = this.source[this.index] === '^';
    if (isNegated) {
      this.index++;
    }
    const members = new Set<string>();
    let isLarge = false;
    while (this.index < this.source.length && this.source[this.index] !== ']') {
      const start = this.readClassMember();
      if (start === null) {
        isLarge = true;
        continue;
      }
      if (this.source[this.index] === '-' && this.source[this.index + 1] !== ']') {
        this.index++;
        const end = this.readClassMember();
        if (end === null) {
          throw new Unsupported();
        }
        const from = start.codePointAt(0) ?? 0;
        const to = end.codePointAt(0) ?? 0;
        if (to - from + 1 > MAX_CLASS) {
          isLarge = true;
        } else {
          for (let code = from; code <= to; code++) {
            members.add(String.fromCodePoint(code));
          }
        }
      } else {
        members.add(start);
      }
    }
    if (this.source[this.index] !== ']') {
      throw new Unsupported();
    }
    this.index++;
    if (isNegated || isLarge || members.size > MAX_CLASS) {
      return ANY;
    }
    const lowered = new Set<string>();
    for (const member of members) {
      const info = literal(member);
      lowered.add((info.exact ?? [])[0]);
    }
    return exactly([...lowered]);
  }

  /** One class member as a character, or `null` for a shorthand of many (`\d`, `\p{L}`, ...). */
  private readClassMember(): string | null {
    if (this.source[this.index] !== '\\') {
      return this.readCharacter();
    }
    this.index++;
    const character = this.source[this.index];
    this.index++;
    if ('dDwWsS'.includes(character)) {
      return null;
    }
    if (character === 'p' || character === 'P') {
      this.skipProperty();
      return null;
    }
    if (character === 'b') {
      return '\b';
    }
    if (character === '-') {
      return '-';
    }
    return this.readEscapedCharacter(character);
  }
}

interface Automaton {
  /** Class of each UTF-16 code unit; 0 for code units no literal contains. */
  classOf: Uint8Array;
  classes: number;
  /**
   * `next[state * classes + class]`: the Aho-Corasick transitions, failure links folded in, plus
   * the output flag when the target ends a literal. States are numbered breadth first, so the
   * shallow states that most characters lead to share cache.
   */
  next: Uint16Array | Int32Array;
  /** The clauses one of whose literals ends at each state: `outputs[outputStart[s]..outputStart[s+1]]`. */
  outputStart: Int32Array;
  outputs: Int32Array;
  /** Where each clause's earliest literal ends, reset for every scan. */
  clauseEnds: Int32Array;
  /** The alternatives of each pattern: `branchStart[p]..branchStart[p+1]`. */
  branchStart: Int32Array;
  /** The clauses of each alternative: `branchClauses[clauseStart[b]..clauseStart[b+1]]`. */
  clauseStart: Int32Array;
  branchClauses: Int32Array;
}

/** Set in a transition whose target state ends a literal, so the scan skips the rest at once. */
const OUTPUT_FLAG_16 = 0x8000;
const OUTPUT_FLAG_32 = 0x40000000;

/**
 * Code units outside ASCII share this many classes. Sharing a class makes the automaton match a
 * literal wherever some character of its class stands in for the literal's character: more
 * patterns may run, none is skipped wrongly, and the table stays small.
 */
const SHARED_CLASSES = 16;

const requirements: string[][][][] = [];
const registered = new Map<RegExp, number>();
let automaton: Automaton | null = null;

/**
 * Registers a pattern (at module load) and returns its id for `mayMatch`.
 *
 * @example const THREAT_GATE = gatePattern(THREAT); mayMatch(hits, THREAT_GATE, lower) && THREAT.test(lower)
 */
export function gatePattern(pattern: RegExp): number {
  let id = registered.get(pattern);
  if (id === undefined) {
    id = requirements.length;
    requirements.push(literalRequirement(pattern));
    registered.set(pattern, id);
    automaton = null;
  }
  return id;
}

/**
 * Every registered pattern, in id order (for tests that check no gate skips a match).
 *
 * @example gatedPatterns()[gatePattern(THREAT)] === THREAT // -> true
 */
export function gatedPatterns(): RegExp[] {
  return [...registered.keys()];
}

/**
 * One pass over lower-cased text, linear in its length: where each registered pattern's
 * requirement is first met (`PatternHits`).
 *
 * @example mayMatch(scanPatterns('my chest hurts'), CHEST_GATE, 'my chest hurts') // -> true
 */
export function scanPatterns(lower: string): PatternHits {
  const {
    classOf,
    classes,
    next,
    outputStart,
    outputs,
    clauseEnds,
    branchStart,
    clauseStart,
    branchClauses,
  } = (automaton ??= compile());
  clauseEnds.fill(NEVER);
  const flag = next instanceof Uint16Array ? OUTPUT_FLAG_16 : OUTPUT_FLAG_32;
  let state = 0;
  const length = lower.length;
  for (let index = 0; index < length; index++) {
    const entry = next[state * classes + classOf[lower.charCodeAt(index)]];
    if (entry < flag) {
      state = entry;
      continue;
    }
    const target = entry - flag;
    state = target;
    const to = outputStart[target + 1];
    for (let output = outputStart[target]; output < to; output++) {
      const clause = outputs[output];
      if (clauseEnds[clause] === NEVER) {
        clauseEnds[clause] = index + 1;
      }
    }
  }
  // A plain array: small typed arrays cost more to allocate than they save here.
  const patterns = branchStart.length - 1;
  const hits = new Array<number>(patterns);
  for (let pattern = 0; pattern < patterns; pattern++) {
    // The earliest end of any alternative, each ending where its last clause is first satisfied.
    let end = branchStart[pattern] === branchStart[pattern + 1] ? 0 : NEVER;
    for (let branch = branchStart[pattern]; branch < branchStart[pattern + 1]; branch++) {
      let branchEnd = 0;
      for (let clause = clauseStart[branch]; clause < clauseStart[branch + 1]; clause++) {
        const clauseEnd = clauseEnds[branchClauses[clause]];
        branchEnd = clauseEnd > branchEnd ? clauseEnd : branchEnd;
      }
      end = branchEnd < end ? branchEnd : end;
    }
    hits[pattern] = end;
  }
  return hits;
}

/**
 * False when the pattern cannot match `subject`, a prefix of the scanned text (or of the original
 * text it was lower-cased from). True means it may.
 *
 * @example mayMatch(hits, THREAT_GATE, context.lower) // -> false for "thank you!"
 */
export function mayMatch(hits: PatternHits, id: number, subject: string): boolean {
  return id >= hits.length || hits[id] <= subject.length;
}

function compile(): Automaton {
  // Clauses shared by several patterns are looked for once.
  const clauseIds = new Map<string, number>();
  const literalClauses = new Map<string, number[]>();
  const branchStart = new Int32Array(requirements.length + 1);
  const clauseStarts: number[] = [];
  const branchClauses: number[] = [];
  requirements.forEach((branches, pattern) => {
    branchStart[pattern] = clauseStarts.length;
    for (const clauses of branches) {
      clauseStarts.push(branchClauses.length);
      for (const clause of clauses) {
        const key = [...clause].sort().join('\0');
        let id = clauseIds.get(key);
        if (id === undefined) {
          id = clauseIds.size;
          clauseIds.set(key, id);
          for (const literal of clause) {
            const ids = literalClauses.get(literal) ?? [];
            ids.push(id);
            literalClauses.set(literal, ids);
          }
        }
        branchClauses.push(id);
      }
    }
  });
  branchStart[requirements.length] = clauseStarts.length;
  clauseStarts.push(branchClauses.length);
  const { classOf, classes } = characterClasses(literalClauses.keys());
  // The trie over character classes, with the clauses each literal belongs to.
  const children: Map<number, number>[] = [new Map<number, number>()];
  const ownOutputs: number[][] = [[]];
  for (const [literal, ids] of literalClauses) {
    let state = 0;
    for (let index = 0; index < literal.length; index++) {
      const value = classOf[literal.charCodeAt(index)];
      let child = children[state].get(value);
      if (child === undefined) {
        child = children.length;
        children.push(new Map<number, number>());
        ownOutputs.push([]);
        children[state].set(value, child);
      }
      state = child;
    }
    ownOutputs[state].push(...ids);
  }
  // Breadth-first order: the new number of every trie state, and failure links in that order.
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    order.push(...children[order[head]].values());
  }
  const states = order.length;
  const numberOf = new Int32Array(states);
  order.forEach((state, position) => {
    numberOf[state] = position;
  });
  const next =
    states < OUTPUT_FLAG_16 ? new Uint16Array(states * classes) : new Int32Array(states * classes);
  const failure = new Int32Array(states);
  const allOutputs: number[][] = [ownOutputs[0]];
  for (let position = 0; position < states; position++) {
    const state = order[position];
    const fail = failure[position];
    if (position > 0) {
      allOutputs.push([...new Set([...ownOutputs[state], ...allOutputs[fail]])]);
      // A state goes wherever its failure state goes, except along its own children.
      next.copyWithin(position * classes, fail * classes, fail * classes + classes);
    }
    for (const [value, child] of children[state]) {
      failure[numberOf[child]] = position === 0 ? 0 : next[fail * classes + value];
      next[position * classes + value] = numberOf[child];
    }
  }
  const outputStart = new Int32Array(states + 1);
  const outputs: number[] = [];
  for (let position = 0; position < states; position++) {
    outputStart[position] = outputs.length;
    outputs.push(...allOutputs[position]);
  }
  outputStart[states] = outputs.length;
  const flag = next instanceof Uint16Array ? OUTPUT_FLAG_16 : OUTPUT_FLAG_32;
  for (let index = 0; index < next.length; index++) {
    if (allOutputs[next[index]].length > 0) {
      next[index] += flag;
    }
  }
  return {
    classOf,
    classes,
    next,
    outputStart,
    outputs: Int32Array.from(outputs),
    clauseEnds: new Int32Array(clauseIds.size),
    branchStart,
    clauseStart: Int32Array.from(clauseStarts),
    branchClauses: Int32Array.from(branchClauses),
  };
}

/** A class per ASCII character the literals use, and `SHARED_CLASSES` for all other code units. */
function characterClasses(literals: Iterable<string>): { classOf: Uint8Array; classes: number } {
  const ascii = new Set<number>();
  for (const literal of literals) {
    for (let index = 0; index < literal.length; index++) {
      const code = literal.charCodeAt(index);
      if (code < 0x80) {
        ascii.add(code);
      }
    }
  }
  const classOf = new Uint8Array(0x10000);
  let classes = 1;
  // Letters and the commonest punctuation first: the transitions most characters take then share
  // the first cache line of each state's row.
  const frequentFirst = [...ascii].sort(
    (left, right) => frequencyRank(left) - frequencyRank(right) || left - right,
  );
  for (const code of frequentFirst) {
    classOf[code] = classes++;
  }
  for (let code = 0x80; code < 0x10000; code++) {
    classOf[code] = classes + (code % SHARED_CLASSES);
  }
  return { classOf, classes: classes + SHARED_CLASSES };
}

function frequencyRank(code: number): number {
  if (code >= 97 && code <= 122) {
    return 0;
  }
  return code === 32 || code === 39 || code === 46 || code === 44 || code === 63 || code === 33
    ? 1
    : 2;
}

/**
 * A registered pattern with its gate: `test` and `exec` run the pattern only when it may match.
 * For global patterns read in a loop, check `mayMatch` once before the loop instead.
 *
 * @example const threat = new GatedPattern(THREAT); threat.test(context.patternHits, context.lower)
 */
export class GatedPattern {
  readonly id: number;

  constructor(readonly pattern: RegExp) {
    this.id = gatePattern(pattern);
  }

  mayMatch(hits: PatternHits, subject: string): boolean {
    return mayMatch(hits, this.id, subject);
  }

  test(hits: PatternHits, subject: string): boolean {
    return mayMatch(hits, this.id, subject) && this.pattern.test(subject);
  }

  exec(hits: PatternHits, subject: string): RegExpExecArray | null {
    return mayMatch(hits, this.id, subject) ? this.pattern.exec(subject) : null;
  }
}
