// The per-call context every stage receives: resolved options, compiled rules, receipts, warnings and the time budget.
import { DecruftError } from './errors.js';
import { normalizeLines } from './text/normalize.js';
import type { ResolvedOptions } from './options.js';
import type { CompiledCatalog } from './rules/compile.js';
import type { RemovedBlock, Warning, WarningCode } from './types.js';

/** How many loop iterations pass between two clock reads inside long loops. */
export const BUDGET_CHECK_INTERVAL = 1024;

export interface Context {
  readonly options: ResolvedOptions;
  readonly catalog: CompiledCatalog;
  readonly removed: RemovedBlock[];
  readonly warnings: Warning[];
  /** Adds a warning once per code (first message wins). */
  warn(code: WarningCode, message: string, details?: Record<string, unknown>): void;
  /** Records a receipt, unless the text is empty. */
  remove(receipt: RemovedBlock): void;
  /** False once the time budget is spent (and warns TIMEOUT_BUDGET once). Throws ABORTED if the caller's signal fired. */
  hasTime(): boolean;
}

export function createContext(options: ResolvedOptions, catalog: CompiledCatalog): Context {
  const removed: RemovedBlock[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<WarningCode>();
  const deadline = options.timeoutMs === Infinity ? Infinity : Date.now() + options.timeoutMs;
  const state = { expired: false };
  const warn = (code: WarningCode, message: string, details?: Record<string, unknown>): void => {
    if (seen.has(code)) return;
    seen.add(code);
    warnings.push(details ? { code, message, details } : { code, message });
  };
  return {
    options,
    catalog,
    removed,
    warnings,
    warn,
    remove(receipt) {
      // Receipt text is normalized like every output (RELIABILITY §7): well-formed, no controls.
      const text = normalizeLines(receipt.text);
      if (text.trim() !== '') removed.push(text === receipt.text ? receipt : { ...receipt, text });
    },
    hasTime() {
      if (options.signal?.aborted) throw new DecruftError('ABORTED', 'clean() was aborted by the caller\'s signal', { cause: options.signal.reason });
      if (state.expired) return false;
      if (Date.now() > deadline) {
        state.expired = true;
        warn('TIMEOUT_BUDGET', `time budget of ${options.timeoutMs} ms ran out; remaining optional stages were skipped`);
        return false;
      }
      return true;
    },
  };
}
