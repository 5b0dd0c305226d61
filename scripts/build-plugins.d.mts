// Types for tsup.config.ts, which uses the shared esbuild plugins.
import type { Plugin } from 'esbuild';
export declare const chardetWithoutFs: Plugin;
export declare function htmlparser2Core(root: string): Plugin;
export declare const namedReferencesFromEntities: Plugin;
