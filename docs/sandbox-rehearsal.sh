#!/usr/bin/env bash
# Rehearses a deploy from a shell on the local sandbox: login, freeze, deploy, decision.
# DEPLOY_KIT overrides how deploy-kit is run (default: npx --yes deploy-kit); SHA the commit.
set -euo pipefail
read -r -a dk <<< "${DEPLOY_KIT:-npx --yes deploy-kit}"
mkdir -p .sandbox
"${dk[@]}" sandbox --dir .sandbox --env-file .sandbox/env > .sandbox/sandbox.log 2>&1 &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s .sandbox/env ] && break; sleep 0.1; done
[ -s .sandbox/env ] || { cat .sandbox/sandbox.log >&2; exit 1; }

# NODE_EXTRA_CA_CERTS, AZURE_*, ACTIONS_ID_TOKEN_*, CIRCLE_OIDC_TOKEN_V2, DEPLOYKIT_*
set -a
# shellcheck source=/dev/null
. .sandbox/env
set +a
# A shell has no OIDC issuer of its own: present the sandbox's CircleCI-shaped token, whose
# audience is the CircleCI organization id (as the sandbox's federated credential expects).
export DEPLOYKIT_OIDC_TOKEN="$CIRCLE_OIDC_TOKEN_V2"
org_id=$(node -e 'const [, p] = process.env.DEPLOYKIT_OIDC_TOKEN.split("."); console.log(JSON.parse(Buffer.from(p, "base64url")).aud)')
sha=${SHA:-$(git rev-parse HEAD)}

"${dk[@]}" oidc-login --audience "$org_id"
"${dk[@]}" freeze-candidate --images "api=$DEPLOYKIT_REGISTRY/shop/api:1.1.0" --repository acme/shop --sha "$sha"
"${dk[@]}" deploy-digest --resource-group "$DEPLOYKIT_RESOURCE_GROUP" --apps api=api --sha "$sha"
"${dk[@]}" release-decision --required candidate,deploy --sha "$sha"
