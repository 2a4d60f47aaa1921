#!/bin/sh
# The training run behind the image's AOT cache (Dockerfile; .ci/run runs it too, so an API change that breaks the
# walk fails CI rather than an image build):
#   aot-train.sh <quarkus-app folder> <cache file to write> <folder holding AotTraining.class>
# Starts the packaged service on a throwaway data folder with -XX:AOTCacheOutput, has AotTraining walk it through,
# stops it, which writes the cache, and deletes the folder with the key pair and token it made. Exits 1, printing the
# service's log, when the walk fails or no cache was written. The java on the PATH and JAVA_OPTS are the ones the
# service will run with: the cache only serves the same JVM and the same jars.
set -u
app=$1 cache=$2 classes=$3
port=${AOT_TRAINING_PORT:-8080}
data=$(mktemp -d)
log=$(mktemp)
rm -f "$cache"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
QUARKUS_HTTP_PORT=$port PARLEY_DATA_DIR=$data java ${JAVA_OPTS:-} -XX:AOTCacheOutput="$cache" \
    -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
service=$!
java -cp "$classes" AotTraining "http://localhost:$port" "$data/keys/admin.jwt"
trained=$?
kill "$service"
wait "$service"
rm -rf "$data"
if [ "$trained" -ne 0 ] || [ ! -f "$cache" ]; then
    cat "$log"
    rm -f "$log"
    exit 1
fi
rm -f "$log"
