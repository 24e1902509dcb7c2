#!/usr/bin/env bash
# The gateway's load run (not part of mvn verify): a gateway and a simulator in two processes on
# loopback, N terminals of a generated county fleet, locations at a target rate, then the check that
# every acknowledged location is stored. Prints the gateway's heap and RSS per connection, the
# throughput and the ack latency.
#
#   examples/gateway/load.sh h2                      # H2 file in target/load
#   examples/gateway/load.sh jdbc:postgresql://127.0.0.1:5432/gateway USER
#
# Environment: VEHICLES (15000), DAYS (1), RATE (55000 locations/s), WINDOW (16), ACK_TIMEOUT (20 s, T1 of
# the terminals' retransmissions), GATEWAY_HEAP (2g), SIM_HEAP (3g). Build first: mvn -B -ntp -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."
J=examples/cli/target/jiguan.jar
OUT=${OUT:-target/load}
VEHICLES=${VEHICLES:-15000}
DAYS=${DAYS:-1}
RATE=${RATE:-55000}
WINDOW=${WINDOW:-16}
PORT=${PORT:-18808}
METRICS=${METRICS:-19808}
DB=${1:-h2}
USER_ARG=()
if [ "$DB" = h2 ]; then
  rm -rf "$OUT/h2"
  case "$OUT" in /*) DIR="$OUT" ;; *) DIR="$PWD/$OUT" ;; esac
  URL="jdbc:h2:file:$DIR/h2/jiguan-gateway;AUTO_SERVER=TRUE"
else
  URL="$DB"
  [ $# -ge 2 ] && USER_ARG=(--jdbc-user "$2")
fi
mkdir -p "$OUT"
ulimit -n 20000 || true

java -jar $J simulate --out "$OUT" --vehicles "$VEHICLES" --days "$DAYS" --plan-only
java -Xms${GATEWAY_HEAP:-2g} -Xmx${GATEWAY_HEAP:-2g} -XX:+UseParallelGC -jar $J gateway --port $PORT \
  --metrics-port $METRICS --register "$OUT/vehicles.csv" --jdbc-url "$URL" "${USER_ARG[@]}" \
  > "$OUT/gateway.out" 2> "$OUT/gateway.err" &
GW=$!
trap 'kill $GW 2>/dev/null || true' EXIT
until grep -q listening "$OUT/gateway.out" 2>/dev/null; do sleep 1; done

mem() {  # heap used after a full GC (KB) and RSS (KB) of the gateway
  jcmd $GW GC.run > /dev/null
  local heap rss
  heap=$(jcmd $GW GC.heap_info | awk '/PSYoungGen|ParOldGen|garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {gsub("[K,]","",$(i+1)); s+=$(i+1)}} END {print s}')
  rss=$(awk '/VmRSS/ {print $2}' /proc/$GW/status)
  echo "$heap $rss"
}
read HEAP0 RSS0 < <(mem)
echo "gateway with no connection: heap ${HEAP0} KB, RSS ${RSS0} KB"

java -Xmx${SIM_HEAP:-3g} -jar $J simulate --out "$OUT" --vehicles "$VEHICLES" --days "$DAYS" --port $PORT \
  --max-rate "$RATE" --window "$WINDOW" --ack-timeout "${ACK_TIMEOUT:-20}" --connect-rate 3000 \
  --timeout "${TIMEOUT:-1800}" \
  --verify-jdbc-url "$URL" "${USER_ARG[@]/--jdbc-user/--verify-jdbc-user}" > "$OUT/simulate.out" 2>&1 &
SIM=$!
# the connections, held: measure once every terminal is connected
for _ in $(seq 1 600); do
  C=$(curl -s localhost:$METRICS/metrics | awk '/^jt808_connections / {print int($2)}')
  [ "${C:-0}" -ge "$VEHICLES" ] && break
  sleep 1
done
read HEAP1 RSS1 < <(mem)
echo "gateway with $C connections: heap ${HEAP1} KB, RSS ${RSS1} KB;" \
  "per connection: heap $(( (HEAP1 - HEAP0) * 1024 / C )) B, RSS $(( (RSS1 - RSS0) * 1024 / C )) B"
wait $SIM || true
cat "$OUT/simulate.out"
quantiles() {  # p50 and p99 of a Prometheus histogram, from its cumulative buckets
  curl -s localhost:$METRICS/metrics | awk -v m="$1" '
    $0 ~ "^"m"_bucket" { match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5); n++; les[n] = le; c[n] = $NF }
    $0 ~ "^"m"_count" { total = $NF }
    END { for (i = 1; i <= n; i++) { if (!p50 && c[i] >= 0.5 * total) p50 = les[i]; if (!p99 && c[i] >= 0.99 * total) p99 = les[i] }
          printf "%s: %d samples, p50 <= %s s, p99 <= %s s\n", m, total, p50, p99 }'
}
quantiles jt808_ack_latency_seconds
quantiles jt808_storage_commit_seconds
curl -s localhost:$METRICS/metrics | grep -E '^jt808_(storage_positions_total|connections_opened_total|decode_errors_total)' || true
