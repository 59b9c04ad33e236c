/** The local GitHub workflow runner; its parts are in ./workflow-runner/ (start at index.ts). */
export * from './workflow-runner/index.ts';
