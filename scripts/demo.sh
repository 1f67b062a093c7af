#!/usr/bin/env bash
# The README's main command (`npm run demo`): installs what is missing, evaluates the founding case
# (Libya, April 2019) in the terminal, imports the UN library's record into a temporary database,
# then serves the web app on 127.0.0.1 with the Libya case open. Ctrl-C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx tsc -b tsconfig.build.json # compile the CLI and its packages (incremental; `horseshoe serve` builds the web app if missing)
hs() { node packages/cli/bin/horseshoe.mjs "$@"; }
bold() { printf '\n\033[1m%s\033[0m\n' "$*"; }

bold "1. Who sat on the Council on 18 April 2019"
hs council --date 2019-04-18
bold "2. The founding case: cases/libya-2019.yaml"
hs evaluate cases/libya-2019.yaml
bold "3. Why no formal statement could be agreed"
hs search cases/libya-2019.yaml --decision formal-statement
bold "4. The best resolution the United States could get adopted"
hs search cases/libya-2019.yaml --decision uk-draft-resolution --for USA
bold "5. Voting power on the Council today (a-priori, exact)"
hs power --body unsc --date 2019-04-18

port="${PORT:-5175}"
args=(serve --host 127.0.0.1 --port "$port")
record_dir="../shared/data/unsc/dhl-meetings-tables"
if [ -d "$record_dir" ]; then
  db="$(mktemp -d)/record.db"
  bold "6. The record 1946–2022, imported into a temporary database ($db)"
  yordan="../shared/data/unsc/vetoes-yordan/unsc_vetoes_1946_sept2022.csv"
  if [ -f "$yordan" ]; then hs history import "$record_dir" --yordan "$yordan" --db "$db"; else hs history import "$record_dir" --db "$db"; fi
  hs history check --db "$db"
  args+=(--record-db "$db")
else
  bold "6. (The UN library's tables are not at $record_dir: the web app starts without the record.)"
fi
bold "7. The web app (Ctrl-C to stop)"
hs "${args[@]}"
