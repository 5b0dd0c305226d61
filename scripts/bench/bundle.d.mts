// Types for test/bundle.test.ts, which runs the bundle budget check of bundle.mjs.
export declare const BUDGET_KB: { atImport: number; total: number };
export interface BundleReport {
  atImportKB: number;
  totalKB: number;
  minifiedKB: number;
  /** Every module in the bundle, as esbuild names it. */
  modules: string[];
  /** The modules with code in some chunk (tree-shaken ones left out). */
  bundled: string[];
  chunks: Array<{ file: string; atImport: boolean; minifiedKB: number; gzipKB: number }>;
  top: { atImport: Array<{ name: string; gzipKB: number }>; lazy: Array<{ name: string; gzipKB: number }> };
  problems: string[];
}
export declare function measureBundle(entry?: string): Promise<BundleReport>;
