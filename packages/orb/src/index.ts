export { orbCommandName, paramVariable, secretVariableDefault } from './orb-names.ts';
export { orbParameter, orbParameters, secretInputs, type OrbParameter, type OrbParameterType } from './orb-parameters.ts';
export { orbCommand, renderOrbCommand, orbCommandFile, RUN_SCRIPT, GENERATED_HEADER, type OrbCommandOptions } from './render-command.ts';
export { readOrbSource, readPackedOrb, parseOrbYaml, COMPONENT_DIRS, type OrbSource } from './orb-source.ts';
export { packOrb, type PackedOrb } from './pack-orb.ts';
export { buildOrb, orbGeneratedFiles, PACKED_ORB_PATH, ORB_SOURCE_DIR, type GeneratedOrbFile, type OrbBuild } from './generated-orb-files.ts';
export { CircleCiSchema, expandForSchema, type SchemaValidationResult } from './schema-validation.ts';
export { checkOrbSemantics, checkConfigSemantics, type SemanticFinding } from './semantic-checks.ts';
export { reviewOrb, type ReviewFinding, type ReviewOptions } from './review.ts';
export { OrbStepExpander, evaluateCondition, type OrbStep, type RunStep, type BuiltinStep, type StepWhen, type ExpandedJob, type ExpandOptions } from './expand-steps.ts';
export {
  runOrbSteps,
  runOrbCommand,
  runOrbJob,
  prepareCircleCiJob,
  readBashEnv,
  type RunOrbStepsOptions,
  type JobOutcome,
  type StepOutcome,
  type StepStatus,
  type BuiltinHandler,
  type BuiltinContext,
  type CircleCiJob,
  type CircleCiJobOptions,
} from './run-orb-steps.ts';
