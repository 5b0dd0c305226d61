// Dev only: appeals in wordings written for probing, not taken from the dev data, put into a short article three ways
// (own paragraph, glued to a paragraph's end, glued to its start). Prints which stay and which cost article text.
// The three sets were written one after another; each was used to tune the rules after it was first measured
// (set 1: 57 -> 89 of 90, set 2: 13 -> 49 of 90, set 3: 66 -> 84 of 105), so none is held out any more: write a
// new set before measuring generalization again.
//   npx tsx scripts/dev/appeal-probes.mts [1|2|3|4|5] [--html]   (--html: the same three ways as HTML paragraphs)
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
  5: ["Your contribution keeps this reporting free for everyone. Chip in today.", "Independent journalism needs independent funding. Become a supporter from just $2.", "Help us reach our goal of 1,000 new donors by the end of the month.", "Every dollar helps. Give now and your gift will be matched.", "We can't do this without you. Make a donation to our newsroom.", "This is your last free article. Subscribe now to keep reading.", "To continue, please subscribe or log in.", "Subscribe to unlock this article and get unlimited digital access.", "Want to keep reading? Start your free trial today.", "Members only: sign in to read the rest of this story.", "Don't miss a thing. Sign up for our daily newsletter.", "Get the latest headlines in your inbox every morning.", "Sign up to our weekly roundup of the best stories.", "Stay in the know with our free email updates.", "Subscribe to our podcast on Apple Podcasts or Spotify.", "This site uses cookies. By continuing to browse you agree to our use of cookies. Find out more.", "We and our partners store and/or access information on a device. Accept or manage your choices.", "Sponsored", "Ad Feedback", "The story continues after the advertisement", "Share this story on social media", "Tweet this", "Read next: City council approves new housing plan", "You may also be interested in: The best hikes near the city", "Editor's picks", "Download our free app for iOS and Android.", "Listen to the audio version of this article.", "Comments (12)", "Have your say in the comments below.", "Got a story? Email us at tips@example.com.", "Unterstützen Sie unseren Journalismus mit einem Beitrag.", "Abonnez-vous à notre newsletter quotidienne.", "Suscríbete para seguir leyendo.", "Iscriviti alla newsletter per ricevere le ultime notizie.", "Assine nossa newsletter e receba as principais notícias.", "Schrijf je in voor onze nieuwsbrief."],
  4: ["We're a nonprofit newsroom. Our reporting is free to read, but it isn't free to produce. Donate today.", "You're reading this because you care about the truth. So do we. Make a tax-deductible gift to support our work.", "This article is free because readers like you fund it. Join the thousands of members who make our journalism possible.", "If you value what we do, consider becoming a monthly supporter. It takes less than a minute.", "Mother Jones is a reader-supported nonprofit. Please give what you can.", "Before you go, we have a small favor to ask.", "Subscribers get unlimited access to every story. Start your subscription for just $1 a week.", "You have 2 free articles remaining this month. Subscribe for unlimited access.", "Create a free account or log in to continue reading.", "This story is for premium subscribers only. Upgrade now.", "Only subscribers can read this story. See our plans.", "Continue reading your article with a digital subscription.", "Get the Morning Briefing: the top news of the day, delivered to your inbox.", "Sign up for the Evening Update newsletter.", "Get our best stories of the week, every Friday.", "Enter your email to receive our free weekly newsletter.", "Thank you for subscribing! You will receive your first newsletter tomorrow.", "We use cookies to give you the best online experience. By using our website you agree to our use of cookies in accordance with our cookie policy.", "This website uses cookies to ensure you get the best experience.", "Advertisement Continue reading the main story", "Paid partner content", "This content was produced by our sponsor and not by the editorial team.", "Share on Facebook Share on Twitter Share via Email", "Copy article link", "More on this topic", "Related: Five ways to save on energy bills this winter", "Most Popular", "Get the app for the best reading experience.", "Listen to this article · 6:42 min", "Turn on notifications to get breaking news alerts.", "Join the discussion: 142 comments", "Got a confidential news tip? We want to hear from you.", "Jetzt abonnieren und alle Artikel lesen.", "Lesen Sie jetzt weiter mit unserem Digital-Abo.", "Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.", "Este contenido es exclusivo para suscriptores.", "Questo articolo è riservato agli abbonati.", "Dit artikel is alleen voor abonnees. Log in of word abonnee.", "Este conteúdo é exclusivo para assinantes."],
  3: ["Journalism like this is only possible because of readers who pay for it. Join them today.", "Can you spare a few dollars? Your gift keeps our reporters in the field.", "This newsroom is powered by people, not advertisers. Become a sustaining member.", "Every story on this site is free. Help us keep it that way with a recurring donation.", "Our nonprofit newsroom needs 500 new supporters by Friday. Will you be one of them?", "To keep reading, log in with your subscriber account.", "This is a premium story. Already a member? Sign in.", "You've reached your article limit. Subscribe to get unlimited stories.", "Register now to read this article and get 3 free stories each month.", "Activate your digital access included with your print subscription.", "Want stories like this in your inbox? Get The Morning Wire.", "Sign up for our politics newsletter and never miss a scoop.", "Get the day's top stories emailed to you each afternoon.", "Join our WhatsApp channel for the latest updates.", "Follow our live coverage on Telegram.", "We care about your data. Click accept to allow us and our partners to use cookies.", "Your choices on this site will be applied globally. Accept all or manage options.", "ADVERTISEMENT - SCROLL TO CONTINUE", "Article continues after the sponsored message", "Share this article with your friends", "Like this story? Share it on social media.", "You might also enjoy: Ten hikes within an hour of the city", "Read next: How the budget vote unfolded", "Listen to this story (3 min)", "Download the free News+ app for breaking alerts.", "Comments are closed for this article.", "Have a question about this story? Email our reporters.", "Unterstützen Sie unabhängigen Lokaljournalismus mit einem Abo.", "Soutenez une rédaction indépendante : faites un don dès aujourd'hui.", "Apoya el periodismo local: hazte socio por 3 euros al mes.", "Sostieni l'informazione libera: abbonati ora.", "Ajude a manter o jornalismo independente: faça sua contribuição.", "Steun onafhankelijke journalistiek en word vandaag nog lid.", "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten.", "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité."],
};
const html = process.argv.includes('--html');
const picked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const which = picked.length > 0 ? picked : Object.keys(SETS);
const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const asHtml = (text: string): string => `<article><h1>Late buses</h1>${text.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('')}</article>`;
for (const set of which) {
  let caught = 0;
  let lost = 0;
  const appeals = SETS[set] ?? [];
  for (const appeal of appeals) {
    const forms = { own: `${A} ${B}\n\n${appeal}\n\n${C}`, end: `${A} ${B} ${appeal}\n\n${C}`, start: `${A}\n\n${appeal} ${B} ${C}` };
    const row: string[] = [];
    for (const [name, input] of Object.entries(forms)) {
      const article = html ? await clean(asHtml(input), { format: 'html' }) : await clean(input, { format: 'text' });
      const gone = !article.text.includes(appeal.slice(0, 25));
      const kept = article.text.includes(A) && article.text.includes(B) && article.text.includes(C);
      row.push(`${name}:${gone ? 'gone' : 'LEFT'}${kept ? '' : '+LOST'}`);
      if (gone) caught++;
      if (!kept) lost++;
    }
    console.log(row.join(' '), '|', appeal.slice(0, 90));
  }
  console.log(`set ${set}: caught ${caught} of ${appeals.length * 3}, article text lost in ${lost}`);
}
