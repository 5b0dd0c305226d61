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
  stateCDATASequence(c: number): void;
  stateBeforeDeclaration(c: number): void;
}

const base = Tokenizer.prototype as unknown as TokenizerInternals;

/**
 * htmlparser2 reads `<![CDATA[` as a section that runs to `]]>` wherever it appears. In HTML content the Standard
 * makes it a bogus comment that ends at the first `>`: a forum page that opens one in its body and never closes it
 * (XenForo's `<![CDATA[` before the page wrapper) lost its whole body. In svg and math (the parser's foreign context)
 * a CDATA section stays one. Without a parser (the guard's own pass) the section ends at the first `>` too: the guard
 * then sees every tag the parser may see, so its depth bound stays an upper bound.
 */
export class HtmlTokenizer extends Tokenizer {}

const supported = typeof base.stateCDATASequence === 'function' && typeof base.stateBeforeDeclaration === 'function';
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
