export * from './paths.ts';
export * from './validate.ts';
export * from './artifact-io.ts';
export * from './contracts.ts';
export * from './schemas/common.ts';
export * from './schemas/candidate-manifest.ts';
export * from './schemas/deploy-record.ts';
export * from './schemas/stage-evidence.ts';
