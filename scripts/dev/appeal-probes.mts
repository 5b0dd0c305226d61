// Dev only: appeals in wordings written for probing, not taken from the dev data, put into a short article three ways
// (own paragraph, glued to a paragraph's end, glued to its start). Prints which stay and which cost article text.
// Each set was written before it was first measured, then used to tune the rules, so none is held out any more.
// Caught at first measure -> after tuning (of 3 forms per appeal): set 1 57 -> 89/90, set 2 13 -> 72/90, set 3
// 66 -> 99/105, set 4 82 -> 111/117, set 5 82 -> 106/108, set 6 66 -> 103/114, set 7 (written before the set-6 changes,
// first run after them) 62 -> 83/93, set 8 (written after set 7's changes, measured before any more) 54 -> 80/96, set 9 (the same after set 8's) 49 -> 77/93. `near` holds news sentences near appeals in wording: none may be cut. Write a new
// set before measuring generalization again.
//   npx tsx scripts/dev/appeal-probes.mts [1-9|near] [--html|--box]   (--html: the same three ways as HTML paragraphs;
//   --box: the own-paragraph form as a box, its first sentence a heading)
import { clean } from '../../src/index.js';

const A = 'The regional transit authority approved a new timetable on Thursday that adds late-night service to three bus lines.';
const B = 'Officials said the change would cost about four million dollars a year and would be paid for from the existing budget.';
const C = 'Riders had asked for the extra service for years, according to a survey published by the authority last spring.';
const SETS: Record<string, string[]> = {
  1: [
    'Independent reporting like this costs money. Chip in what you can so we can keep our newsroom open for everyone.',
    'This story is free to read thanks to members like you. Become a member for as little as $5 a month.',
    'Help keep local news alive: make a one-time or monthly gift to our reporting fund today.',
    'Our journalists work hard to bring you stories like this one. If you value our work, please back us with a contribution.',
    'You have used all of your complimentary stories for this month. Log in or create a free account to keep reading.',
    'This content is reserved for paying members. Start a trial to unlock it.',
    'Get the best of our coverage delivered to your email every weekday morning. Enter your address below.',
    'Never miss an update: join 50,000 readers who get our morning briefing.',
    'Like what you read? Get our weekly digest straight to your inbox.',
    'We use cookies and similar technologies to improve your experience and show you relevant ads. By clicking Accept, you agree.',
    'This site stores small files on your device to remember your preferences. Manage settings',
    'Story continues below this ad',
    'Sponsored content',
    'Share on Facebook Share on X Share on LinkedIn Share via email',
    'Download our app for the fastest breaking news alerts on your phone.',
    'Listen to this article. 4 minutes.',
    'Join the conversation below. Comments are moderated.',
    'Go premium: unlimited articles, no ads, and exclusive newsletters for $1 for your first month.',
    'Already have an account? Log in here. New here? Register for free to read more.',
    'Enjoy unlimited digital access. Cancel anytime.',
    'Ihre Unterstützung macht unabhängigen Journalismus möglich. Jetzt unterstützen!',
    'Abonnez-vous pour lire la suite de cet article. Déjà abonné ? Se connecter',
    'Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.',
    'Sostieni il nostro giornalismo indipendente con una donazione.',
    'Assine agora e tenha acesso ilimitado a todo o conteúdo.',
    'Word lid en lees onbeperkt alle artikelen.',
    'Got a news tip? Send it to our newsroom securely.',
    'Follow us on Instagram and TikTok for more.',
    'Keep scrolling for more stories',
    'Before you go: our reporting depends on readers. Give now.',
  ],
  2: [
    'Quality journalism takes time and resources. Please consider a small gift to keep our stories coming.',
    'We are a small team funded by our audience. Every dollar you give goes straight into reporting.',
    'Stand with us. Fund the next investigation with a gift of any size.',
    'No billionaire owns us. Our readers do. Give what you can today.',
    'Keep this site free for all: pitch in $3.',
    'This article is only available to subscribers. Subscribe for full access.',
    'You have reached the end of your preview. To read on, choose a plan.',
    'Unlock this story and hundreds more with a digital pass.',
    'Sign in with your library card or buy a day pass to continue.',
    'Members get early access to all of our features. Join today.',
    'Want the news that matters in 5 minutes? Get our free morning email.',
    'Sign up to get this column delivered every Sunday.',
    'Subscribe to The Daily Dispatch for the stories you need to know each morning.',
    'Get breaking news sent straight to your phone. Turn on push alerts.',
    'Receive our top headlines every evening. It is free.',
    'We value your privacy. We and our vendors process data such as unique identifiers for ads and measurement. Accept or Customize.',
    'By using this website you consent to analytics and advertising cookies. OK',
    'Scroll to continue with content',
    'Ad - content continues below',
    'Promoted by our partner',
    'Tweet Share Pin Email Print',
    'Send this story to a friend',
    'Recommended for you: The five best towns for commuters',
    'More coverage: City council votes on housing plan',
    'Trending: Mayor unveils new bike lanes',
    'Tap here to get the app and read offline.',
    'Hear this story read aloud',
    'What do you think? Tell us in the comments.',
    'Spotted a mistake? Let us know.',
    'Thanks for reading. If you enjoyed this piece, forward it to a friend who might like it too.',
  ],
  9: [
    'The Tribune is a nonprofit newsroom. We need 1,500 new members this month to keep reporting on city hall. Can we count on you? Give $10 a month',
    'Reporting like this takes time, travel and lawyers. If you found it useful, consider becoming a sustaining supporter.',
    'Help fund the next story. Readers who give monthly make up most of our budget. Start a monthly gift',
    'Love our coverage? Show it: become a Friend of the Journal for the price of a cup of tea.',
    "You're reading a premium article. Sign in or create an account to continue.",
    'Want unlimited access? Plans start at $1.99 a week. See plans',
    'This story is part of our subscriber-only coverage. Start your subscription today.',
    'Only paying members can read the full analysis. Join the club',
    'Start your day with our morning newsletter: the news you need, in five minutes. Sign up',
    "Every Friday, our editors pick the week's best reads and send them to you. It's free. Subscribe",
    'Get breaking news alerts straight to your phone. Download our free app',
    'Want more? Get our weekly roundup in your inbox.',
    'Subscribe to the print edition and get the weekend magazine delivered to your door.',
    'Digital + print bundle: save 30% this month only. Subscribe today',
    'This site uses cookies for analytics and ads. Do you accept? Yes No',
    'We care about your privacy. Choose which cookies you allow. Settings Accept all',
    'Article continues below advertisement',
    'Paid post from our partner',
    'Share this on Facebook or X',
    'Related: Five things to watch in the city budget',
    'Popular now: The bakery that bakes at midnight',
    'Watch: Our video explainer on the new bus routes',
    'Hear the full interview on our podcast, available wherever you listen.',
    'We welcome your comments. Please keep them civil.',
    'Send corrections to corrections@example.com',
    'Sie lesen einen Plus-Artikel. Jetzt 4 Wochen gratis testen.',
    "Recevez chaque matin notre newsletter gratuite. Je m'inscris",
    'Este artículo es solo para suscriptores. Suscríbete desde 1 € al mes.',
    'Ti piace il nostro lavoro? Fai una donazione e aiutaci a restare indipendenti.',
    'Siga-nos no Instagram e no Facebook para mais notícias.',
    'Steun ons werk met een donatie. Elke euro helpt.',
  ],
  8: [
    'Every day, our reporters hold the powerful to account. That work is funded almost entirely by people who read it. Join them with a contribution of any size, once or every month. Contribute',
    "We don't put our journalism behind a paywall because we believe information is a public good. But producing it costs money. If you are able to, please support our mission today. $5 $10 $20 Custom amount",
    'Local news is disappearing across the country. Help us keep reporting on the issues that matter in your community. Make a tax-deductible gift before December 31.',
    'This year we published more than 400 investigations, all free to read. None of it would be possible without the generosity of our members. Renew your membership',
    'Hinter jedem Artikel steckt viel Arbeit. Mit einer kleinen Spende helfen Sie uns, weiterhin unabhängig zu berichten. Jetzt Beitrag leisten',
    'To read this story in full, you need a subscription. Subscribers enjoy unlimited access to our website and apps. Already have a subscription? Log in here',
    "You've used your last free article. Become a subscriber today for unlimited reading. Offer: 3 months for $3.",
    'This content is only available to registered users. Register for free or log in to continue.',
    'Cet article vous est offert. Pour lire tous nos contenus sans limite, abonnez-vous dès 1 € le premier mois.',
    "Don't miss our top stories. Get the Daily Digest delivered to your email every weekday morning. Your email address Subscribe",
    'Sign up for The Week Ahead, our newsletter on politics and policy. You can unsubscribe at any time.',
    'Join 120,000 subscribers and receive our best science stories every Tuesday. Subscribe now',
    'Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.',
    'Get full access to every article, podcast and puzzle for just $2 a week. Cancel at any time. Subscribe',
    'Limited offer: 50% off your first year of digital access. Claim your discount',
    'We use cookies and similar technologies to analyse traffic and personalise content. You can change your settings at any time. Accept Decline',
    'Cookies help us deliver our services. By using our services, you agree to our use of cookies. Learn more OK',
    'Ad · Scroll to continue reading',
    'Sponsored by Acme Bank',
    'Share on WhatsApp Share on Facebook Share on X Copy link',
    'Follow The Herald on Instagram, TikTok and YouTube',
    'More on this story: Council tax to rise by 5% in April',
    'Most read 1 Storm causes flooding across region 2 Police appeal after theft 3 New bridge opens',
    'You might also like: The ten best beaches in Europe',
    'Listen to this article now. Powered by text-to-speech. 6 minutes',
    'Open this article in our app for the full experience.',
    'Comments (34) Sign in to join the conversation',
    'Got something to tell us? Send your story to news@herald.example',
    'El periodismo de calidad cuesta dinero. Si puedes, haz una aportación para que sigamos informando.',
    'Per continuare a leggere questo articolo abbonati. Sei già abbonato? Accedi',
    'Receba as notícias mais importantes do dia no seu e-mail. Inscreva-se na nossa newsletter.',
    'Onafhankelijke journalistiek kost geld. Help ons met een bijdrage en blijf ons lezen.',
  ],
  7: [
    'Facts matter more than ever. We are an independent, reader-funded publication, and we count on readers to keep our work going. If you can, please make a one-off or monthly contribution today. Support us',
    'A note to our readers: advertising revenue no longer covers the cost of our investigations. That is why we are asking you to chip in. Any amount helps. Give now',
    'Thanks for reading to the end. This newsroom runs on reader support, and right now we need 2,000 more people to join us. Become a supporter',
    'Good journalism is expensive. Our reporters spent six months on this investigation. If everyone who read it gave just $5, we could fund the next one. Donate',
    'This article is for subscribers only. Get unlimited access to our journalism from $1 a week. Subscribe now Already subscribed? Log in',
    'You have reached the free article limit. To continue reading, create an account or subscribe. Sign in',
    'Keep reading with a digital membership. Members get unlimited articles, the app and our daily puzzles. Join now',
    'Premium story. Unlock the full article with a subscription — first month free. Try it free',
    'Get our best reporting in your inbox. Our free weekly newsletter rounds up the stories you may have missed. Email Subscribe',
    'Like this article? Get more like it every Friday with our newsletter. Your email Sign up No spam. Unsubscribe anytime.',
    'The Briefing: the five stories you need to know, every weekday at 6am. Sign up now',
    'Save 40% on a year of print and digital. Offer ends Sunday. Claim offer',
    'Give the gift of great journalism. A gift subscription is the perfect present for curious minds. Buy a gift',
    'This website uses cookies so that we can provide you with the best user experience. Read our cookie policy. Accept Reject',
    'We value your privacy. We and our partners use technologies such as cookies to process personal data. Customize Accept all',
    'Advertisement - story continues below',
    'Promoted content',
    'Share this story Facebook WhatsApp LinkedIn Email Print',
    'Follow us on Facebook, Instagram and X for the latest updates.',
    'Related stories 1 Council approves new budget 2 School closures announced 3 Weather warning issued',
    'Also read: Why house prices are still rising',
    'Get the app: breaking news and live updates on your phone. Download on the App Store',
    'Listen to this story. Audio generated by AI. 4:12',
    'Comments: Join the conversation and share your views. Log in to comment.',
    'Do you have information about this story? Contact us confidentially.',
    'Guter Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einem freiwilligen Beitrag. Jetzt spenden',
    "Il vous reste 80 % de cet article à lire. La suite est réservée aux abonnés. S'abonner",
    'Recibe cada mañana las noticias más importantes en tu correo. Suscríbete gratis a nuestro boletín.',
    'Il nostro giornalismo è libero e indipendente grazie ai lettori. Sostienici con un contributo.',
    'Conteúdo exclusivo para assinantes. Assine já e tenha acesso ilimitado. Já é assinante? Entre',
    'Ontvang elke ochtend het belangrijkste nieuws in je mailbox. Meld je aan voor onze gratis nieuwsbrief.',
  ],
  6: [
    'Reader support is what keeps our lights on. Add your name to the list of backers this week.',
    'Independent media is under threat. A donation of any amount protects our reporting from political pressure.',
    'Our fall fundraising drive ends at midnight. We are $12,000 short of our target.',
    'Make your voice count: fuel our fact-checking with a monthly pledge.',
    'We rely on you, not on paywalls. Contribute now.',
    'Did this article help you? Buy us a coffee.',
    'The rest of this article is for subscribers. Sign in or subscribe to read it in full.',
    'Continue reading with a free trial of our All Access plan.',
    "You've hit your limit of free stories. Unlock more with a subscription.",
    'Register to read 5 articles a month for free.',
    'This exclusive is available to Insider members. Log in to continue.',
    'Get smarter about climate in five minutes a week. Sign up for our climate newsletter.',
    'Our morning newsletter brings you the five things you need to know before breakfast.',
    'Love food? Our weekly recipe email lands every Thursday. Subscribe free.',
    'Enter your email address to get alerts whenever we publish a new investigation.',
    'Special offer: 12 weeks of unlimited access for just $1.',
    'Give the gift of news this holiday season. Gift subscriptions start at $29.',
    'Upgrade to ad-free reading and support our newsroom.',
    'By continuing to use this site, you consent to our use of cookies and our privacy policy.',
    'We and our 143 partners process personal data such as IP address for personalised ads.',
    'Advertisement · Scroll to continue with content',
    'Content from our partners',
    'Share this: Facebook, X, WhatsApp, Email',
    'Follow our reporter on Bluesky for updates.',
    'See also: Council rejects plan for downtown stadium',
    'More from our newsroom',
    'Recommended for you',
    'Read this story in our app for a better experience. Open in app',
    'Audio version available. Press play to listen.',
    'What do you think? Leave a comment below.',
    'If you spot an error in this story, contact our editors.',
    'Gefällt Ihnen dieser Artikel? Dann unterstützen Sie uns mit einer Spende.',
    'Vous aimez nos articles ? Soutenez-nous en vous abonnant.',
    '¿Te ha gustado este artículo? Apóyanos con una suscripción.',
    'Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter settimanale.',
    'Gostou desta reportagem? Apoie o nosso jornalismo.',
    'Vond je dit artikel interessant? Word abonnee en lees verder.',
    'Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt testen.',
  ],
  5: ["Your contribution keeps this reporting free for everyone. Chip in today.", "Independent journalism needs independent funding. Become a supporter from just $2.", "Help us reach our goal of 1,000 new donors by the end of the month.", "Every dollar helps. Give now and your gift will be matched.", "We can't do this without you. Make a donation to our newsroom.", "This is your last free article. Subscribe now to keep reading.", "To continue, please subscribe or log in.", "Subscribe to unlock this article and get unlimited digital access.", "Want to keep reading? Start your free trial today.", "Members only: sign in to read the rest of this story.", "Don't miss a thing. Sign up for our daily newsletter.", "Get the latest headlines in your inbox every morning.", "Sign up to our weekly roundup of the best stories.", "Stay in the know with our free email updates.", "Subscribe to our podcast on Apple Podcasts or Spotify.", "This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more.", "We and our partners store and/or access information on a device. Accept or manage your choices.", "Sponsored", "Ad Feedback", "The story continues after the advertisement", "Share this story on social media", "Tweet this", "Read next: City council approves new housing plan", "You may also be interested in: The best hikes near the city", "Editor's picks", "Download our free app for iOS and Android.", "Listen to the audio version of this article.", "Comments (12)", "Have your say in the comments below.", "Got a story? Email us at tips@example.com.", "Unterstützen Sie unseren Journalismus mit einem Beitrag.", "Abonnez-vous à notre newsletter quotidienne.", "Suscríbete para seguir leyendo.", "Iscriviti alla newsletter per ricevere le ultime notizie.", "Assine nossa newsletter e receba as principais notícias.", "Schrijf je in voor onze nieuwsbrief."],
  4: ["We're a nonprofit newsroom. Our reporting is free to read, but it isn't free to produce. Donate today.", "You're reading this because you care about the truth. So do we. Make a tax-deductible gift to support our work.", "This article is free because readers like you fund it. Join the thousands of members who make our journalism possible.", "If you value what we do, consider becoming a monthly supporter. It takes less than a minute.", "Mother Jones is a reader-supported nonprofit. Please give what you can.", "Before you go, we have a small favor to ask.", "Subscribers get unlimited access to every story. Start your subscription for just $1 a week.", "You have 2 free articles remaining this month. Subscribe for unlimited access.", "Create a free account or log in to continue reading.", "This story is for premium subscribers only. Upgrade now.", "Only subscribers can read this story. See our plans.", "Continue reading your article with a digital subscription.", "Get the Morning Briefing: the top news of the day, delivered to your inbox.", "Sign up for the Evening Update newsletter.", "Get our best stories of the week, every Friday.", "Enter your email to receive our free weekly newsletter.", "Thank you for subscribing! You will receive your first newsletter tomorrow.", "We use cookies to give you the best online experience. By using our website you agree to our use of cookies in accordance with our cookie policy.", "This website uses cookies to ensure you get the best experience.", "Advertisement Continue reading the main story", "Paid partner content", "This content was produced by our sponsor and not by the editorial team.", "Share on Facebook Share on Twitter Share via Email", "Copy article link", "More on this topic", "Related: Five ways to save on energy bills this winter", "Most Popular", "Get the app for the best reading experience.", "Listen to this article · 6:42 min", "Turn on notifications to get breaking news alerts.", "Join the discussion: 142 comments", "Got a confidential news tip? We want to hear from you.", "Jetzt abonnieren und alle Artikel lesen.", "Lesen Sie jetzt weiter mit unserem Digital-Abo.", "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.", "Este contenido es exclusivo para suscriptores.", "Questo articolo è riservato agli abbonati.", "Dit artikel is alleen voor abonnees. Log in of word abonnee.", "Este conteúdo é exclusivo para assinantes."],
  3: ["Journalism like this is only possible because of readers who pay for it. Join them today.", "Can you spare a few dollars? Your gift keeps our reporters in the field.", "This newsroom is powered by people, not advertisers. Become a sustaining member.", "Every story on this site is free. Help us keep it that way with a recurring donation.", "Our nonprofit newsroom needs 500 new supporters by Friday. Will you be one of them?", "To keep reading, log in with your subscriber account.", "This is a premium story. Already a member? Sign in.", "You've reached your article limit. Subscribe to get unlimited stories.", "Register now to read this article and get 3 free stories each month.", "Activate your digital access included with your print subscription.", "Want stories like this in your inbox? Get The Morning Wire.", "Sign up for our politics newsletter and never miss a scoop.", "Get the day's top stories emailed to you each afternoon.", "Join our WhatsApp channel for the latest updates.", "Follow our live coverage on Telegram.", "We care about your data. Click accept to allow us and our partners to use cookies.", "Your choices on this site will be applied globally. Accept all or manage options.", "ADVERTISEMENT - SCROLL TO CONTINUE", "Article continues after the sponsored message", "Share this article with your friends", "Like this story? Share it on social media.", "You might also enjoy: Ten hikes within an hour of the city", "Read next: How the budget vote unfolded", "Listen to this story (3 min)", "Download the free News+ app for breaking alerts.", "Comments are closed for this article.", "Have a question about this story? Email our reporters.", "Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo.", "Soutenez une rédaction indépendante : faites un don dès aujourd'hui.", "Apoya el periodismo local: hazte socio por 3 euros al mes.", "Sostieni l'informazione libera: abbonati ora.", "Ajude a manter o jornalismo independente: faça sua contribuição.", "Steun onafhankelijke journalistiek en word vandaag nog lid.", "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten.", "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité."],
};
// News sentences near appeals in wording: each must stay, in all three forms (`near` as the set name).
const NEAR = [
  'Volunteers asked residents to donate blankets and canned food to the shelter before Friday.',
  'The newspaper said it would raise the price of its print subscription to $4 next year.',
  'Subscribers to the streaming service complained that the app crashed during the final.',
  "The senator urged supporters to sign up for the rally on the campaign's website.",
  'Cookies sold at the bake sale raised $300 for the school library.',
  "The company's newsletter, sent to 2,000 employees, announced the layoffs.",
  'Share prices fell 3% after the announcement.',
  'Follow-up inspections are planned for March.',
  'Readers of the magazine voted the bakery the best in the state.',
  'The app lets riders see when the next bus will arrive.',
  '"Please remain calm," the mayor told residents at the meeting.',
  'The union told members to log in to the portal and vote before midnight.',
  'The charity relies on donations from about 4,000 members.',
  'Advertisers pulled $2 million from the network after the interview.',
  'The museum offers free access to students every Thursday.',
];
const box = process.argv.includes('--box');
const html = box || process.argv.includes('--html');
const picked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const which = picked.length > 0 ? picked : Object.keys(SETS);
const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** --box: the appeal paragraph as a box of neutral markup, its first sentence a heading, the rest a paragraph. */
const asBox = (appeal: string): string => {
  const cut = appeal.search(/[.?!:] /);
  return cut < 0 ? `<div><p>${escape(appeal)}</p></div>` : `<div><h3>${escape(appeal.slice(0, cut + 1))}</h3><p>${escape(appeal.slice(cut + 2))}</p></div>`;
};
const asHtml = (text: string, appeal = ''): string =>
  `<article><h1>Late buses</h1>${text.split('\n\n').map((p) => (box && p === appeal ? asBox(p) : `<p>${escape(p)}</p>`)).join('')}</article>`;
for (const set of which) {
  let caught = 0;
  let lost = 0;
  const near = set === 'near';
  const appeals = near ? NEAR : (SETS[set] ?? []);
  for (const appeal of appeals) {
    const forms = { own: `${A} ${B}\n\n${appeal}\n\n${C}`, end: `${A} ${B} ${appeal}\n\n${C}`, start: `${A}\n\n${appeal} ${B} ${C}` };
    const row: string[] = [];
    for (const [name, input] of Object.entries(forms)) {
      const article = html ? await clean(asHtml(input, appeal), { format: 'html' }) : await clean(input, { format: 'text' });
      // Gone only when neither its first nor its last words are left (a partial cut shows as LEFT).
      const gone = !article.text.includes(appeal.slice(0, 25)) && !article.text.includes(appeal.slice(-25));
      const kept = article.text.includes(A) && article.text.includes(B) && article.text.includes(C);
      row.push(near ? `${name}:${gone ? 'CUT' : 'kept'}${kept ? '' : '+LOST'}` : `${name}:${gone ? 'gone' : 'LEFT'}${kept ? '' : '+LOST'}`);
      if (gone) caught++;
      if (!kept) lost++;
    }
    console.log(row.join(' '), '|', appeal.slice(0, 90));
  }
  console.log(near ? `near: cut ${caught} of ${appeals.length * 3} (must be 0), article text lost in ${lost}` : `set ${set}: caught ${caught} of ${appeals.length * 3}, article text lost in ${lost}`);
}
