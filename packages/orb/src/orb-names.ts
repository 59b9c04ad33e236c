/**
 * How action names and inputs are spelled in the orb. Commands follow CircleCI's snake_case
 * convention; parameters keep the action inputs' kebab-case so that the same name works in
 * action.yml, the CLI and the orb.
 */

/** `health-gate` → `health_gate`. */
export function orbCommandName(actionName: string): string {
  return actionName.replace(/-/g, '_');
}

function upperSnake(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** The environment variable the run step sets for a parameter: `expect-json` → `PARAM_EXPECT_JSON`. */
export function paramVariable(input: string): string {
  return `PARAM_${upperSnake(input)}`;
}

/**
 * Default for a secret's `env_var_name` parameter: `bearer-token` → `DEPLOYKIT_BEARER_TOKEN`.
 * The orb's script spells the same rule, so it can tell a default that is merely unset from a
 * variable the user named and forgot to define.
 */
export function secretVariableDefault(input: string): string {
  return `DEPLOYKIT_${upperSnake(input)}`;
}

export const SNAKE_CASE = /^[a-z][a-z0-9_]*$/;
