#!/usr/bin/env bash
# Spike 15 scratch: tus upload with curl, aborted after the first chunk, then resumed from the server's offset.
# Usage: BASE=http://localhost:3915 TOKEN=<JWT from /api/users/login> FILE=some.mp4 bash scripts/scratch/tus-resume.sh
set -euo pipefail
: "${BASE:?}" "${TOKEN:?}" "${FILE:?}"
size=$(stat -c %s "$FILE"); chunk=$((size / 2))
auth=(-H "Authorization: JWT $TOKEN" -H 'Tus-Resumable: 1.0.0')
name=$(basename "$FILE" | base64 -w0)
loc=$(curl -sS -D - -o /dev/null "${auth[@]}" -X POST -H "Upload-Length: $size" \
  -H "Upload-Metadata: filename $name" "$BASE/api/uploads" | tr -d '\r' | awk -F': ' 'tolower($1)=="location"{print $2}')
echo "created: $loc"
url="$BASE${loc#"$BASE"}"; [[ $loc == /* ]] || url=$loc
# First half only ("the connection drops").
head -c "$chunk" "$FILE" | curl -sS -o /dev/null -w 'PATCH 1: %{http_code}\n' "${auth[@]}" -X PATCH \
  -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @- "$url"
offset=$(curl -sS -I "${auth[@]}" "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="upload-offset"{print $2}')
echo "server has: $offset / $size"
tail -c +"$((offset + 1))" "$FILE" | curl -sS -o /dev/null -w 'PATCH 2: %{http_code}\n' "${auth[@]}" -X PATCH \
  -H 'Content-Type: application/offset+octet-stream' -H "Upload-Offset: $offset" --data-binary @- "$url"
curl -sS -I "${auth[@]}" "$url" | tr -d '\r' | grep -i '^upload-offset'
