#!/usr/bin/env bash
# CI check for docker/compose.yaml, without a Docker engine:
#   1. the file renders with docker/.env.example;
#   2. it refuses to render when a required secret is missing (no silent default passwords);
#   3. every published port is bound to 127.0.0.1.
# Works with Debian's docker-compose 1.29 (installed if missing) and with Compose v2.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
compose_file="$here/compose.yaml"
example_env="$here/.env.example"
secrets=(POSTGRES_PASSWORD CDTT_ADMIN_PASSWORD)

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "docker-compose not found; installing Debian's package"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  # No recommends: we only need the validator, not the docker.io engine.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose
fi
echo "using: $(docker-compose version --short 2>/dev/null || docker-compose version | head -1)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Secrets exported by the caller would override the env file and hide a missing one.
unset_secrets=(); for s in "${secrets[@]}"; do unset_secrets+=(-u "$s"); done
compose() { env "${unset_secrets[@]}" docker-compose "$@"; }

echo "check: every use of a secret in compose.yaml is required (\${VAR:?...}), never defaulted"
for secret in "${secrets[@]}"; do
  uses="$(grep -o "\${${secret}[^}]*}" "$compose_file" || true)"
  if [ -z "$uses" ] || grep -qv "^\${${secret}:?" <<< "$uses"; then
    echo "  FAIL: $secret must always be written \${${secret}:?message}; found: ${uses:-nothing}" >&2
    exit 1
  fi
done
echo "  ok"

echo "check: compose.yaml renders with .env.example"
compose --env-file "$example_env" -f "$compose_file" config > "$tmp/rendered.yaml"
echo "  ok"

for secret in "${secrets[@]}"; do
  echo "check: rendering fails without $secret"
  grep -v "^${secret}=" "$example_env" > "$tmp/missing.env"
  if compose --env-file "$tmp/missing.env" -f "$compose_file" config > /dev/null 2> "$tmp/err"; then
    echo "  FAIL: compose accepted an env file without $secret" >&2
    exit 1
  fi
  if ! grep -q "$secret" "$tmp/err"; then
    echo "  FAIL: compose failed, but not because of $secret:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  echo "  ok (refused: missing $secret)"
done

echo "check: published ports are bound to 127.0.0.1"
# Rendered ports are either short (- 127.0.0.1:8080:8080/tcp) or long (published:/host_ip:) syntax;
# v1 mixes both, so count long-syntax entries against loopback ones.
bad="$(grep -E '^\s*- [0-9.:]*[0-9]+:[0-9]+' "$tmp/rendered.yaml" | grep -v '127\.0\.0\.1:' || true)"
published="$(grep -cE '^\s*(- )?published:' "$tmp/rendered.yaml" || true)"
loopback="$(grep -cE '^\s*(- )?host_ip: 127\.0\.0\.1' "$tmp/rendered.yaml" || true)"
[ "$published" = "$loopback" ] || bad+="$published long-syntax port(s), only $loopback on 127.0.0.1"
if [ -n "$bad" ]; then
  echo "  FAIL: ports published beyond loopback:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "  ok"

echo "compose checks passed"
