/** Package folders (relative to the repository) of every module bundled into dist. */
export function bundledPackages(dist?: string): string[];
