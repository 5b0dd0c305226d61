// The rule type (public as RuleInput) and the shape of a catalog file.
import type { RuleInput } from '../types.js';

/** A rule of the built-in catalog. Same shape as a caller's custom rule. */
export type Rule = RuleInput;

/** Defines a catalog file's rules with type checking. */
export const defineRules = (rules: readonly Rule[]): readonly Rule[] => rules;
