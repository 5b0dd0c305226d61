// htmlparser2's tokenizer, with `<![CDATA[` read the way the HTML Standard reads it outside svg and math.
import { Tokenizer } from 'htmlparser2';

/** `CDATA[`: the characters after `<!` that open a CDATA section. */
const CDATA_OPEN = 'CDATA['.split('').map((c) => c.charCodeAt(0));
/** Any character but `[` and `-`: sent to the declaration state, it starts a bogus comment that ends at the next `>`. */
const NOT_BRACKET_OR_DASH = 0x78;

/** The tokenizer's internals used below (htmlparser2 10: private in its types, plain methods at run time). */
interface TokenizerInternals {
  sequenceIndex: number;
  cbs: { foreignContext?: readonly boolean[] };
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
  stateCDATASequence(c: number): void;
  stateBeforeDeclaration(c: number): void;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  fastForwardTo(c: number): boolean;
}

const base = Tokenizer.prototype as unknown as TokenizerInternals;

/**
 * htmlparser2 reads `<![CDATA[` as a section that runs to `]]>` wherever it appears. In HTML content the Standard
 * makes it a bogus comment that ends at the first `>`: a forum page that opens one in its body and never closes it
 * (XenForo's `<![CDATA[` before the page wrapper) lost its whole body. In svg and math (the parser's foreign context)
 * a CDATA section stays one. Without a parser (the guard's own pass) the section ends at the first `>` too: the guard
 * then sees every tag the parser may see, so its depth bound stays an upper bound.
 */
/** Where the next `<`, `&`, `"` and `'` are (the fast paths below). */
interface NextChars {
  nextLt: NextChar;
  nextAmp: NextChar;
  nextDq: NextChar;
  nextSq: NextChar;
}

export class HtmlTokenizer extends Tokenizer implements NextChars {
  readonly nextLt = new NextChar('<');
  readonly nextAmp = new NextChar('&');
  readonly nextDq = new NextChar('"');
  readonly nextSq = new NextChar("'");
}

const supported = typeof base.stateCDATASequence === 'function' && typeof base.stateBeforeDeclaration === 'function';
const LT = 0x3c;
const AMP = 0x26;

/**
 * Where a character next occurs in a buffer, remembered: a search from `from` answers the first index at or after it
 * (the buffer's length when there is none), and is searched again only once the tokenizer has passed that index, gone
 * back before where the last search started, or moved to another buffer. Text and attribute values stop at whichever
 * of two characters comes first: searching anew for both at every stop would rescan past the nearer one each time
 * (quadratic on a long text of `&`s).
 */
class NextChar {
  private buffer: string | null = null;
  private from = 0;
  private at = 0;

  constructor(private readonly char: string) {}

  find(buffer: string, from: number): number {
    if (buffer !== this.buffer || from < this.from || from > this.at) {
      const at = buffer.indexOf(this.char, from);
      this.buffer = buffer;
      this.from = from;
      this.at = at < 0 ? buffer.length : at;
    }
    return this.at;
  }
}

/**
 * htmlparser2's tokenizer reads text and attribute values one character per turn of its state loop, though only a
 * `<` or `&` (in a value, its quote or `&`) changes anything: these skip to the next such character with indexOf
 * (issue 9 profile: the state loop was a tenth of the HTML path). Every callback fires at the same index as before.
 */
const fastPaths = supported && typeof base.stateText === 'function' && typeof base.handleInAttributeValue === 'function' && typeof base.fastForwardTo === 'function';
if (fastPaths) {
  Object.defineProperty(HtmlTokenizer.prototype, 'stateText', {
    value(this: TokenizerInternals & NextChars, c: number): void {
      if (c === LT || c === AMP || !this.decodeEntities) {
        base.stateText.call(this, c);
        return;
      }
      // The loop adds one to the index after this state: stop just before the next `<` or `&` (or the buffer's end).
      const from = this.index - this.offset + 1;
      this.index = Math.min(this.nextLt.find(this.buffer, from), this.nextAmp.find(this.buffer, from)) + this.offset - 1;
    },
  });
  Object.defineProperty(HtmlTokenizer.prototype, 'handleInAttributeValue', {
    value(this: TokenizerInternals & NextChars, c: number, quote: number): void {
      if (c === quote || c === AMP || !this.decodeEntities) {
        base.handleInAttributeValue.call(this, c, quote);
        return;
      }
      const from = this.index - this.offset + 1;
      const end = (quote === 0x22 ? this.nextDq : this.nextSq).find(this.buffer, from);
      this.index = Math.min(end, this.nextAmp.find(this.buffer, from)) + this.offset - 1;
    },
  });
  Object.defineProperty(HtmlTokenizer.prototype, 'fastForwardTo', {
    value(this: TokenizerInternals, c: number): boolean {
      const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
      if (at >= 0) {
        this.index = at + this.offset;
        return true;
      }
      this.index = this.buffer.length + this.offset - 1;
      return false;
    },
  });
}
if (supported) {
  Object.defineProperty(HtmlTokenizer.prototype, 'stateCDATASequence', {
    value(this: TokenizerInternals, c: number): void {
      const opensSection = this.sequenceIndex === CDATA_OPEN.length - 1 && c === CDATA_OPEN[this.sequenceIndex];
      if (opensSection && this.cbs.foreignContext?.[0] !== true) {
        this.sequenceIndex = 0;
        this.stateBeforeDeclaration(NOT_BRACKET_OR_DASH);
        return;
      }
      base.stateCDATASequence.call(this, c);
    },
  });
}
