#!/usr/bin/env bash
# Runs a private dev server on its own database, build folder and port, so that several people (or agents)
# can work side by side: bash scripts/helper-dev.sh NAME PORT
# The database balai_dev_NAME on the local PostgreSQL is created, migrated and seeded when missing.
set -euo pipefail
name=${1:?usage: scripts/helper-dev.sh NAME PORT}
port=${2:?usage: scripts/helper-dev.sh NAME PORT}
cd "$(dirname "$0")/.."
db="balai_dev_${name}"
export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/${db}"
if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='${db}'" | grep -q 1; then
  createdb -h 127.0.0.1 -U postgres "$db"
fi
npx tsx scripts/migrate.ts >/dev/null
npx tsx prisma/seed.ts >/dev/null
export NEXT_DIST_DIR=".next-${name}" NEXTAUTH_URL="http://localhost:${port}" MAIL_OUTBOX_DIR=".data/outbox-${name}"
exec npx next dev --port "$port"
