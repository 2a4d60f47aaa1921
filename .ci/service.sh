# Shared by the CI scripts that start the packaged service (.ci/run, .ci/clients/run); source it.

# A free TCP port on 127.0.0.1.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# await_ready URL PID LOG [SECONDS]: waits up to SECONDS (180) for URL to answer; when the service has exited or the
# time has run out, prints the end of its log and exits 1.
await_ready() {
    local url=$1 pid=$2 log=$3 deadline=$((SECONDS + ${4:-180}))
    until curl -fsS "$url" >/dev/null 2>&1; do
        if [ $SECONDS -gt $deadline ] || ! kill -0 "$pid" 2>/dev/null; then
            echo "The service did not become ready:" >&2
            tail -50 "$log" >&2
            exit 1
        fi
        sleep 1
    done
}
