#!/usr/bin/env bash
# The README's main command (`npm run demo`): installs what is missing, evaluates the founding case
# (Libya, April 2019) in the terminal, loads the record (data/, the UN library's tables as the project's
# importer read them) into a temporary database,
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

bold "6. The founding case as a live session, replayed (cases/sessions/libya-2019.session.yaml)"
hs session replay cases/sessions/libya-2019.session.yaml --advice GBR
bold "7. How the talks on the British draft could go: AI delegations, the UK holding the pen"
hs negotiate cases/libya-2019.yaml --decision uk-draft-resolution --penholder GBR
bold "8. The founding news report drafted into a scenario (first lines)"
hs draft-scenario packages/drafting/fixtures/libya-april-2019-press-report.txt --date 2019-04-19 | head -n 40

port="${PORT:-5175}"
args=(serve --host 127.0.0.1 --port "$port")
db="$(mktemp -d)/record.db"
bold "9. The record 1946–2022 from Horseshoe's own dataset (data/), loaded into a temporary database ($db)"
hs history import --db "$db"
hs history check --db "$db"
args+=(--record-db "$db")
bold "10. The web app (Ctrl-C to stop)"
hs "${args[@]}"
