// The built-in rule catalog: every category file, in one list.
import ad from './ad.js';
import chrome from './chrome.js';
import cookie from './cookie.js';
import cues from './cues.js';
import donation from './donation.js';
import newsletter from './newsletter.js';
import paywall from './paywall.js';
import related from './related.js';
import social from './social.js';
import subscription from './subscription.js';
import type { Rule } from '../types.js';

export const CATALOG: readonly Rule[] = [...donation, ...paywall, ...newsletter, ...subscription, ...cookie, ...ad, ...social, ...related, ...chrome, ...cues];
