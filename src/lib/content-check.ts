/** The data check's public entry point; the implementation lives in `content-check/`. */
export * from './content-check/index.ts';
