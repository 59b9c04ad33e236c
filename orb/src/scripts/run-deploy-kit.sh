#!/usr/bin/env bash
# Runs one deploy-kit command with the parameters of the orb command that includes this script.
# Every orb command is the same step; its environment says what to run:
#   DEPLOYKIT_ORB_COMMAND  the deploy-kit command, e.g. health-gate
#   DEPLOYKIT_ORB_VERSION  the deploy-kit npm package version this orb release runs (its own)
#   DEPLOYKIT_ORB_INPUTS   the command's inputs, space-separated, kebab-case as in action.yml
#   DEPLOYKIT_ORB_SECRETS  the inputs whose parameter names an environment variable (env_var_name)
#   PARAM_<INPUT>          each parameter's value (input upper-cased, '-' replaced by '_')
# DEPLOYKIT_CLI, when set, is the path of a local dist/cli/index.js, run with node instead of
# the published package: offline runs and the orb's own tests.
set -euo pipefail

fail() {
  printf 'deploy-kit orb: %s\n  → %s\n' "$1" "$2" >&2
  exit 2
}

# Parameter values may use the job's environment ($VAR, ${VAR}), like CircleCI's own orbs.
expand_env() {
  if command -v circleci >/dev/null 2>&1; then
    circleci env subst "$1"
  elif command -v envsubst >/dev/null 2>&1; then
    printf '%s' "$1" | envsubst
  else
    printf '%s' "$1"
  fi
}

is_secret() {
  case " ${DEPLOYKIT_ORB_SECRETS:-} " in
    *" $1 "*) return 0 ;;
  esac
  return 1
}

# For the log line only: values as a reader would retype them.
quote() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:@%+=,-]+$ ]]; then
    printf '%s' "$1"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

upper_snake() {
  printf '%s' "$1" | tr '[:lower:]-' '[:upper:]_'
}

require_node() {
  command -v node >/dev/null 2>&1 ||
    fail "node is not installed on this executor." "Use the orb's executor (executor: deploy-kit/default) or an image with Node.js 24 or later."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 24 ] ||
    fail "deploy-kit needs Node.js 24 or later; this executor has $(node --version)." "Use the orb's executor (executor: deploy-kit/default) or an image with Node.js 24 or later."
}

: "${DEPLOYKIT_ORB_COMMAND:?is set by the orb command that includes this script}"
: "${DEPLOYKIT_ORB_VERSION:?is set by the orb command that includes this script}"

args=()
shown=()
for input in ${DEPLOYKIT_ORB_INPUTS:-}; do
  variable="PARAM_$(upper_snake "$input")"
  value="${!variable:-}"
  if is_secret "$input"; then
    [ -n "$value" ] || continue
    # Never echo the value here: someone may have pasted the secret itself.
    [[ "$value" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] ||
      fail "parameter '$input' must be the name of an environment variable." "Store the secret in a context or project variable and set '$input' to that variable's name."
    if [ -z "${!value:-}" ]; then
      if [ "$value" != "DEPLOYKIT_$(upper_snake "$input")" ]; then
        printf 'deploy-kit orb: %s is not set, so --%s is not passed.\n' "$value" "$input" >&2
      fi
      continue
    fi
    # Through the environment, not argv: argv is visible in the process list of the container.
    export "DEPLOYKIT_$(upper_snake "$input")=${!value}"
    shown+=("(--$input from \$$value)")
  else
    written="$value"
    value=$(expand_env "$value")
    [ -n "$value" ] || continue
    args+=("--$input" "$value")
    # The log line shows parameters as written in the config, before expansion, so a secret
    # reached through $VAR is never printed; header values may be credentials, so not even that.
    if [ "$input" = headers ]; then
      shown+=("--$input" "'(not shown)'")
    else
      shown+=("--$input" "$(quote "$written")")
    fi
  fi
done

require_node
if [ -n "${DEPLOYKIT_CLI:-}" ]; then
  [ -f "$DEPLOYKIT_CLI" ] ||
    fail "DEPLOYKIT_CLI is set to '$DEPLOYKIT_CLI', which is not a file." "Point DEPLOYKIT_CLI at a built dist/cli/index.js, or unset it to run deploy-kit@$DEPLOYKIT_ORB_VERSION from npm."
  echo "deploy-kit $DEPLOYKIT_ORB_COMMAND ${shown[*]} (local CLI: $DEPLOYKIT_CLI)"
  exec node "$DEPLOYKIT_CLI" "$DEPLOYKIT_ORB_COMMAND" "${args[@]}"
fi
echo "deploy-kit@$DEPLOYKIT_ORB_VERSION $DEPLOYKIT_ORB_COMMAND ${shown[*]}"
exec npx --yes "deploy-kit@$DEPLOYKIT_ORB_VERSION" "$DEPLOYKIT_ORB_COMMAND" "${args[@]}"
