// A small set of representative hostile vectors, written for decruft, used when ../shared is not beside the repo
// (a user's clone): XSS spellings, malformed markup, deep nesting, encodings, text-mode oddities and caller mistakes.
import type { Vector } from './harness.js';

const SAFE = { noScript: true, noEventHandlers: true, noJavascriptUrls: true, noForbiddenElements: true, noClobbering: true, roundTripStable: true, idempotent: true };
const LEAD = 'The harbour renovation will cost the city four million euros over three years, the council said on Monday.';
const TAIL = 'Fishermen say the new quay will finally let larger boats unload their catch during the winter storms.';

/** Wraps a payload in an article so the locator keeps the paragraphs around it. */
const inArticle = (payload: string): string =>
  `<!doctype html><html><head><title>Harbour</title></head><body><article><h1>Harbour renovation</h1><p>${LEAD}</p>${payload}<p>${TAIL}</p></article></body></html>`;

const xss: Array<[string, string]> = [
  ['script-inline', '<script>alert(1)</script>'],
  ['script-uppercase-src', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['script-split-by-nul', '<scr\u0000ipt>alert(1)</scr\u0000ipt>'],
  ['img-onerror', '<img src=x onerror=alert(1)>'],
  ['body-onload', '<body onload=alert(1)>'],
  ['p-onclick-mixed-case', '<p OnClIcK="alert(1)">Click text stays.</p>'],
  ['details-ontoggle', '<details open ontoggle=alert(1)><summary>More</summary>Hidden detail text.</details>'],
  ['a-javascript', '<p><a href="javascript:alert(1)">a link</a> in a sentence.</p>'],
  ['a-javascript-upper', '<p><a href="JAVASCRIPT:alert(1)">a link</a> in a sentence.</p>'],
  ['a-javascript-tab', '<p><a href="java&#x09;script:alert(1)">a link</a> in a sentence.</p>'],
  ['a-javascript-leading-space', '<p><a href=" javascript:alert(1)">a link</a> in a sentence.</p>'],
  ['a-javascript-entities', '<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">a link</a> here.</p>'],
  ['a-vbscript', '<p><a href="vbscript:msgbox(1)">a link</a> in a sentence.</p>'],
  ['a-data-html', '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a link</a> in a sentence.</p>'],
  ['img-data-svg', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="a chart">'],
  ['img-srcset-javascript', '<img srcset="javascript:alert(1) 1x, https://ok.example/a.png 2x" src="https://ok.example/a.png" alt="a photo">'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['iframe-javascript', '<iframe src="javascript:alert(1)"></iframe>'],
  ['object-data', '<object data="javascript:alert(1)"></object>'],
  ['embed-src', '<embed src="data:text/html,<script>alert(1)</script>">'],
  ['form-action', '<form action="javascript:alert(1)"><input type=submit formaction="javascript:alert(1)" value="Go"><button>Send</button></form>'],
  ['style-element', '<style>body{background:url("javascript:alert(1)")}</style>'],
  ['style-attribute', '<p style="background:url(javascript:alert(1))">Styled paragraph text.</p>'],
  ['base-href', '<base href="javascript:alert(1)//"><p><a href="x">relative</a> link.</p>'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['link-import', '<link rel="import" href="https://evil.example/x.html">'],
  ['svg-onload', '<svg onload=alert(1)><circle r=10></circle></svg>'],
  ['svg-script', '<svg><script>alert(1)</script></svg>'],
  ['svg-a-xlink', '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>click</text></a></svg>'],
  ['svg-foreignobject', '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>'],
  ['math-href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['math-mtext-mxss', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['mxss-noscript-title', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['mxss-svg-style', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['template-script', '<template><script>alert(1)</script></template>'],
  ['clobber-id', '<p id="location">Clobbering id.</p><p name="cookie">Clobbering name.</p>'],
  ['markdown-injection', '<p>Click [here](javascript:alert(1)) and ![x](javascript:alert(2)) now.</p>'],
  ['comment-breakout', '<!--><script>alert(1)</script>-->'],
  ['cdata', '<![CDATA[<script>alert(1)</script>]]>'],
  ['xmp-plaintext', '<xmp><script>alert(1)</script></xmp>'],
  ['video-poster', '<video poster="javascript:alert(1)"><source src="javascript:alert(2)"></video>'],
];

const malformed: Array<[string, string, string[]]> = [
  ['unclosed-everything', '<div><p>Alpha paragraph<p>Beta paragraph<span>Gamma words', ['Alpha', 'Beta', 'Gamma']],
  ['stray-end-tags', '</div></span></p><p>Delta text here</p></article></body></html></table>', ['Delta']],
  ['misnested-formatting', '<p><b><i>Echo</b> Foxtrot</i> Golf</p>', ['Echo', 'Foxtrot', 'Golf']],
  ['adoption-agency', '<a><p>Hotel</a> India</p>', ['Hotel', 'India']],
  ['table-foster-parenting', '<table><tr><td>Juliet cell</td></tr>Kilo fostered<tr><td>Lima</td></tr></table>', ['Juliet', 'Kilo', 'Lima']],
  ['nul-in-text', '<p>Mike\u0000November Oscar</p>', ['Oscar']],
  ['lone-surrogate', '<p>Papa \uD800 Quebec \uDFFF Romeo</p>', ['Papa', 'Quebec', 'Romeo']],
  ['unterminated-attribute', '<p>Sierra text</p><p class="oops>Tango', ['Sierra']],
  ['unterminated-comment', '<p>Uniform words</p><!-- never closed <p>Victor', ['Uniform']],
  ['bidi-and-zero-width', '<p>Whiskey\u202E reversed\u202C X\u200Bray \u2066Yankee\u2069</p>', ['Whiskey', 'Yankee']],
  ['pre-leading-lf', '<pre>\nZulu code line\n  indented</pre>', ['Zulu']],
  ['carriage-returns', '<p>Alpha\r\nBravo\rCharlie</p>', ['Alpha', 'Bravo', 'Charlie']],
  // fast-check counterexample (seed 7): a page whose text is mostly in a <noscript> keeps it, also inline in a heading.
  ['noscript-inline-kept', '<body><article><p>The harbour renovation will cost the city four million euros over three years.</p><p><h2><p><p><noscript>consequat nulla ultricies tincidunt purus ullamcorper curabitur diam leo iaculis</article></body>', ['consequat', 'iaculis']],
];

/** Builds bytes from a Latin-1-ish spec: ASCII text plus explicit high bytes. */
const bytes = (...parts: Array<string | number[]>): string =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))).toString('base64');

export const BUILTIN_VECTORS: Vector[] = [
  // mXSS payloads leave foreign content (svg, math) or a raw-text <style> open, which swallows the rest of the page in
  // the htmlparser2 tree (a browser would leave foreign content first): for them only safety is checked.
  ...xss.map(([name, payload]): Vector => ({ id: `builtin-xss-${name}`, category: 'xss', input: inArticle(payload), expect: name.includes('mxss') ? { ...SAFE, noThrow: true } : { ...SAFE, containsText: 'larger boats unload' } })),
  ...xss.map(([name, payload]): Vector => ({ id: `builtin-xss-raw-${name}`, category: 'xss', input: payload, expect: { ...SAFE, noThrow: true } })),
  ...malformed.map(([name, html, tokens]): Vector => ({ id: `builtin-malformed-${name}`, category: 'malformed', input: html, expect: { ...SAFE, noThrow: true, textTokens: tokens, wellFormedUnicode: true } })),
  {
    id: 'builtin-depth-div-5k', category: 'pathological',
    input: { generator: { seq: ['<body>', { repeat: '<div>', times: 5000 }, `<p>${LEAD}</p>`, { repeat: '</div>', times: 5000 }, '</body>'] } },
    expect: { ...SAFE, noThrow: true, warnings: ['DEPTH_CAPPED'], containsText: 'four million euros', maxOutputDepth: 512 },
  },
  {
    id: 'builtin-depth-open-b-p-2k', category: 'pathological',
    input: { generator: { seq: ['<body>', { repeat: '<b><p>x', times: 2000 }, `<p>${LEAD}</p>`] } },
    expect: { ...SAFE, noThrow: true, textTokens: ['four million euros'] },
  },
  {
    id: 'builtin-depth-text-each-level', category: 'pathological',
    input: { generator: { seq: ['<body>', { indexed: '<div>level{i} ', times: 1500 }, '</body>'] } },
    expect: { ...SAFE, noThrow: true, warnings: ['DEPTH_CAPPED'], textTokens: ['level0', 'level700', 'level1499'] },
  },
  {
    id: 'builtin-nodes-capped', category: 'pathological', options: { maxNodes: 100 },
    input: { generator: { seq: ['<body><article>', { indexed: '<p>Paragraph number {i} of the long report.</p>', times: 300 }, '</article></body>'] } },
    expect: { ...SAFE, noThrow: true, warnings: ['NODES_CAPPED'], textTokens: ['number 0 of', 'number 299 of'] },
  },
  {
    id: 'builtin-size-capped', category: 'pathological', options: { maxBytes: 4096 },
    input: { generator: { seq: ['<body><article>', { repeat: `<p>${LEAD}</p>`, times: 200 }, '</article></body>'] } },
    expect: { ...SAFE, noThrow: true, warnings: ['SIZE_CAPPED'], containsText: 'four million euros' },
  },
  {
    id: 'builtin-attributes-capped', category: 'pathological',
    input: { generator: { seq: ['<body><article><p ', { indexed: 'a{i}=1 ', times: 2000 }, `>${LEAD}</p></article></body>`] } },
    expect: { ...SAFE, noThrow: true, warnings: ['ATTRIBUTES_CAPPED'], containsText: 'four million euros' },
  },
  {
    id: 'builtin-encoding-windows-1252-meta', category: 'encodings',
    input: { base64: bytes('<meta charset="windows-1252"><p>Le conseil a annonc', [0xe9], ' un budget de 5 ', [0x80], ' ', [0x96], ' na', [0xef], 've.</p>') },
    expect: { ...SAFE, noThrow: true, encoding: 'windows-1252', containsText: 'annoncé un budget de 5 € – naïve' },
  },
  {
    id: 'builtin-encoding-utf16le-bom', category: 'encodings',
    input: { base64: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Grüße aus Köln, sagte der Rat.</p>', 'utf16le')]).toString('base64') },
    expect: { ...SAFE, noThrow: true, encoding: 'utf-16le', containsText: 'Grüße aus Köln' },
  },
  {
    id: 'builtin-encoding-declared-latin1-but-utf8', category: 'encodings',
    input: { base64: Buffer.from('<meta charset="iso-8859-1"><p>Der Rat sagte: Grüße aus Köln.</p>', 'utf8').toString('base64') },
    expect: { ...SAFE, noThrow: true, encoding: 'utf-8', warnings: ['ENCODING_GUESSED'], containsText: 'Grüße aus Köln' },
  },
  {
    id: 'builtin-encoding-invalid-utf8', category: 'encodings',
    input: { base64: bytes('<meta charset="utf-8"><p>Broken ', [0xc3, 0x28], ' bytes in a sentence.</p>') },
    expect: { ...SAFE, noThrow: true, warningsAny: ['DECODE_REPLACED', 'ENCODING_GUESSED'], containsText: 'bytes in a sentence' },
  },
  { id: 'builtin-binary-gzip', category: 'encodings', input: { base64: bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0], 'garbage') }, expect: { noThrow: true, warnings: ['BINARY_INPUT', 'NO_CONTENT'] } },
  { id: 'builtin-empty', category: 'malformed', input: '', expect: { ...SAFE, noThrow: true, warnings: ['NO_CONTENT'], textEquals: '' } },
  { id: 'builtin-whitespace', category: 'malformed', input: ' \n\t\r\n ', expect: { ...SAFE, noThrow: true, warnings: ['NO_CONTENT'] } },
  { id: 'builtin-text-crlf', category: 'text', mode: 'text', input: `${LEAD}\r\n\r\n${TAIL}\r\n`, expect: { noThrow: true, textTokens: ['harbour', 'Fishermen'], notInText: ['\r'] } },
  { id: 'builtin-text-html-looking', category: 'text', mode: 'text', input: `${LEAD}\n\n<script>alert(1)</script> is what the page said.\n`, expect: { ...SAFE, noThrow: true, textTokens: ['alert(1)'] } },
  { id: 'builtin-text-controls', category: 'text', mode: 'text', input: `${LEAD}\u0000\u0007\u000B\f\u2028${TAIL}\u2029end`, expect: { noThrow: true, wellFormedUnicode: true, notInText: ['\u0000', '\u0007'] } },
  { id: 'builtin-caller-null', category: 'caller', input: { construct: 'null' }, expect: { throws: 'INVALID_INPUT' } },
  { id: 'builtin-caller-promise', category: 'caller', input: { construct: 'promise', resolvesTo: '<p>x</p>' }, expect: { throws: 'INVALID_INPUT' } },
  { id: 'builtin-caller-detached', category: 'caller', input: { construct: 'detached-arraybuffer' }, expect: { throws: 'INVALID_INPUT' } },
  { id: 'builtin-caller-revoked-proxy', category: 'caller', input: { construct: 'revoked-proxy' }, expect: { throws: 'INVALID_INPUT' } },
  { id: 'builtin-caller-options-getter', category: 'caller', input: { construct: 'string', value: '<p>ok</p>' }, options: { construct: 'options-with-throwing-getter' }, expect: { throws: 'INVALID_OPTIONS' } },
  { id: 'builtin-caller-utf7', category: 'caller', input: { construct: 'bytes', base64: Buffer.from('<p>+ADw-script+AD4-</p>').toString('base64') }, options: { encoding: 'utf-7' }, expect: { throws: 'UNSUPPORTED_ENCODING' } },
  { id: 'builtin-caller-aborted', category: 'caller', input: { construct: 'string', value: '<p>ok</p>' }, options: { signal: { construct: 'aborted-signal' } }, expect: { throws: 'ABORTED' } },
];
