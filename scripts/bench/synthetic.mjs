// Synthetic article pages of any size for the scaling curve: chrome around one long article with varied
// paragraphs, links, a list, a figure and a cruft box every few sections (deterministic, no data files).

const WORDS = (
  'harbour council storm repairs fishing boats monday weeks engineers rebuilt wall winter tide residents ' +
  'ferry timetable minister budget report committee village school road bridge river flood season market ' +
  'prices farmers energy plan hospital staff patients survey data museum archive history library volunteers'
).split(' ');

/** A small linear congruential generator: the same page for the same size, every run. */
function words(seed, count) {
  let state = seed >>> 0;
  const out = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out.push(WORDS[state % WORDS.length]);
  }
  return out.join(' ');
}

function section(i) {
  const paragraphs = [];
  for (let k = 0; k < 5; k++) {
    const seed = i * 7 + k;
    paragraphs.push(`<p>${words(seed, 25)} <a href="/story/${seed}">${words(seed + 1, 3)}</a> ${words(seed + 2, 20)}. <em>${words(seed + 3, 4)}</em> ${words(seed + 4, 18)}.</p>`);
  }
  const extra =
    i % 4 === 3
      ? '<div class="newsletter-signup"><p>Sign up for our newsletter to get the best stories in your inbox every morning.</p><button>Subscribe</button></div>'
      : i % 4 === 1
        ? `<ul><li>${words(i, 8)}</li><li>${words(i + 1, 8)}</li><li>${words(i + 2, 8)}</li></ul>`
        : `<figure><img src="/img/${i}.jpg" alt="${words(i, 4)}"><figcaption>${words(i + 5, 10)}</figcaption></figure>`;
  return `<h2>${words(i + 9, 5)}</h2>\n${paragraphs.join('\n')}\n${extra}\n`;
}

const HEAD =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour reopens after storm repairs</title>' +
  '<meta property="og:title" content="Harbour reopens after storm repairs"><script>window.dataLayer=[];</script></head><body>' +
  '<nav class="top-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>' +
  '<main><article class="article-body"><h1>Harbour reopens after storm repairs</h1><p class="byline">By Jane Smith</p>\n';
const TAIL =
  '</article><aside class="related"><h3>Related stories</h3><ul><li><a href="/r1">Ferry timetable changes</a></li><li><a href="/r2">Storm season ahead</a></li></ul></aside></main>' +
  '<footer><p>© 2025 The Coast Gazette</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer></body></html>';

/** An article page of about `targetBytes` (UTF-8; the text is ASCII, so bytes = characters). */
export function syntheticPage(targetBytes) {
  const parts = [HEAD];
  let size = HEAD.length + TAIL.length;
  for (let i = 0; size < targetBytes; i++) {
    const next = section(i);
    parts.push(next);
    size += next.length;
  }
  parts.push(TAIL);
  return parts.join('');
}
