#!/usr/bin/env bash
# Executes notebooks/analistas.ipynb headless (nbclient) against the packaged service and
# fails on any cell error. Starts target/vinculos.jar on free ports with a fresh data folder,
# waits for its health, runs the notebook with NEO4J_URI and VINCULOS_URL pointing at it,
# and stops it. The executed notebook, its plot and GraphML files land in target/notebook/.
#
# Needs: a JDK 17+, python3 with venv, target/vinculos.jar (./mvnw -DskipTests package).
# Optional: HTTP_PORT, BOLT_PORT (default: free ones), NOTEBOOK_VENV (default
# target/notebook-venv, reused between runs), VINCULOS_JAR.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${VINCULOS_JAR:-target/vinculos.jar}
VENV=${NOTEBOOK_VENV:-target/notebook-venv}
OUT=target/notebook
if [ ! -f "$JAR" ]; then
  echo "run.sh: $JAR is missing; build it with ./mvnw -DskipTests package" >&2
  exit 1
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q --disable-pip-version-check -r notebooks/requirements.txt

healthy() {
  python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=5)' \
    "http://127.0.0.1:$HTTP/actuator/health" >/dev/null 2>&1
}
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
HTTP=${HTTP_PORT:-$(free_port)}
BOLT=${BOLT_PORT:-$(free_port)}
DATA=$(mktemp -d)
rm -rf "$OUT" && mkdir -p "$OUT"

# Same --add-opens as the jar's manifest and surefire (see pom.xml), harmless twice.
java -Xmx1g \
  --add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/java.io=ALL-UNNAMED \
  --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED \
  -jar "$JAR" --server.port="$HTTP" --vinculos.embedded.bolt-port="$BOLT" \
  --vinculos.data-dir="$DATA" > "$OUT/service.log" 2>&1 &
SERVICE=$!
stop() {
  kill "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop EXIT

echo "run.sh: service pid $SERVICE on http://127.0.0.1:$HTTP, bolt://127.0.0.1:$BOLT; waiting for health"
for _ in $(seq 240); do
  if healthy; then
    break
  fi
  if ! kill -0 "$SERVICE" 2>/dev/null; then
    echo "run.sh: the service stopped; its log:" >&2
    tail -50 "$OUT/service.log" >&2
    exit 1
  fi
  sleep 1
done
healthy || { echo "run.sh: the service is not healthy after 240 s" >&2; exit 1; }

NEO4J_URI="bolt://127.0.0.1:$BOLT" VINCULOS_URL="http://127.0.0.1:$HTTP" \
VINCULOS_SALIDA="$PWD/$OUT" MPLBACKEND=Agg \
"$VENV/bin/python" - "$OUT" <<'PY'
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

out = sys.argv[1]
nb = nbformat.read("notebooks/analistas.ipynb", as_version=4)
start = time.monotonic()
try:
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": "notebooks"}}).execute()
except CellExecutionError as error:
    print(error, file=sys.stderr)
    sys.exit(1)
finally:
    nbformat.write(nb, f"{out}/analistas.ipynb")
cells = sum(1 for c in nb.cells if c.cell_type == "code")
print(f"run.sh: {cells} code cells ran without error in {time.monotonic() - start:.0f} s; "
      f"executed notebook in {out}/analistas.ipynb")
PY
