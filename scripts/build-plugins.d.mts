// Types for tsup.config.ts, which uses the shared esbuild plugins.
import type { Plugin } from 'esbuild';
export declare const chardetWithoutFs: Plugin;
export declare function chardetCompactTables(source: string): string;
export declare const chardetCompactTablesPlugin: Plugin;
export declare function htmlparser2Core(root: string): Plugin;
export declare const namedReferencesFromEntities: Plugin;
export declare const htmlparser2EntitiesFrom9: Plugin;
export declare const HTMLPARSER2_ENTITIES_SHIM: string;
export declare const HTMLPARSER2_ENTITIES_SHIM_HTML_ONLY: string;
export declare function htmlparser2EntitiesFrom9With(shim: string): Plugin;
export declare function fromHtmlparser2(importer: string | undefined): boolean;
export declare const htmlparser2EntitiesFrom9Vite: { name: string; enforce: 'pre'; resolveId(source: string, importer?: string): string | null; load(id: string): string | null };
export declare const strictChronoOnly: Plugin;
export declare const propertyInformationWithoutSvg: Plugin;
export declare const stringifyEntitiesWithoutNames: Plugin;
export declare const nativeStructuredClone: Plugin;
export declare const domhandlerWithoutClone: Plugin;
export declare function libraryPlugins(root: string): Plugin[];
