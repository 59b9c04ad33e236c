#!/usr/bin/env bash
# Installs the Debian packages the test suite drives for real (a registry, skopeo, linters,
# openssl for the sandbox CA) when they are missing. Idempotent and quick when all are present.
set -euo pipefail

declare -A package_for=(
  [docker-registry]=docker-registry
  [skopeo]=skopeo
  [yamllint]=yamllint
  [shellcheck]=shellcheck
  [openssl]=openssl
  [htpasswd]=apache2-utils
)

missing=()
for command in "${!package_for[@]}"; do
  if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "/usr/bin/$command" ]; then
    missing+=("${package_for[$command]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deploy-kit: installing Debian packages the tests use: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "deploy-kit: missing ${missing[*]}; install them with: apt-get install ${missing[*]}" >&2
  exit 1
fi
