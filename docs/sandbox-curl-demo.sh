#!/usr/bin/env bash
# The whole "Log in with XWMS" happy path against a practice sandbox, with nothing but curl and sed.
#
#   xwms-wizard sandbox --port 0 --db :memory:      # prints: XWMS sandbox listening on http://...
#   bash docs/sandbox-curl-demo.sh http://127.0.0.1:PORT
#
# Exits non-zero at the first step that does not succeed, and says which one.
set -euo pipefail

BASE=${1:?usage: $0 BASE_URL   (e.g. http://127.0.0.1:8765)}
API="${BASE%/}/api/"
RUN="$(date +%s)-$$"          # keeps names and Idempotency-Keys unique if you run it twice
TOKEN=""

# call METHOD PATH [JSON] [extra curl args...]: prints the answer's body; stops unless 2xx.
call() {
  local method=$1 path=$2 data=${3-}
  shift $(( $# < 3 ? $# : 3 ))
  local args=(-sS -X "$method" -H "Accept: application/json" -H "Content-Type: application/json")
  if [ -n "$TOKEN" ]; then args+=(-H "Authorization: Bearer $TOKEN"); fi
  if [ -n "$data" ]; then args+=(--data "$data"); fi
  local out status body
  out=$(curl "${args[@]}" "$@" -w $'\n%{http_code}' "$API$path")
  status=${out##*$'\n'}
  body=${out%$'\n'*}
  if [[ $status != 2* ]]; then
    echo "FAILED: $method $path answered HTTP $status: $body" >&2
    exit 1
  fi
  printf '%s' "$body"
}

# str KEY / num KEY: a string or number field from the JSON on stdin (the sandbox writes
# compact JSON, and these keys occur once in each answer they are used on).
str() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
num() { sed -n "s/.*\"$1\":\([0-9][0-9]*\).*/\1/p"; }
need() { if [ -z "$2" ]; then echo "FAILED: no $1 in the answer" >&2; exit 1; fi; }

echo "1. Is this a sandbox?"
call GET info | grep -q '"sandbox":true' || { echo "FAILED: not a sandbox" >&2; exit 1; }

echo "2. Sign in as the demo owner"
TOKEN=$(call POST manage/login '{"email":"owner@example.com","password":"practice"}' | str token)
need token "$TOKEN"

echo "3. Create a client"
CLIENT=$(call POST manage/clients "{\"name\":\"curl-demo-$RUN\"}" -H "Idempotency-Key: $RUN-client")
CLIENT_PK=$(printf '%s' "$CLIENT" | num id)
CLIENT_ID=$(printf '%s' "$CLIENT" | str client_id)
need "client id" "$CLIENT_PK"; need "Client ID" "$CLIENT_ID"

echo "4. Add the domain example.com"
DOMAIN=$(call POST "manage/clients/$CLIENT_PK/domains" '{"root_domain":"example.com"}' \
  -H "Idempotency-Key: $RUN-domain")
DOMAIN_PK=$(printf '%s' "$DOMAIN" | num id)
need "domain id" "$DOMAIN_PK"

echo "5. Register the callback URL"
CALLBACK="https://example.com/xwms/validateToken"
call POST "manage/domains/$DOMAIN_PK/urls" "{\"url\":\"$CALLBACK\",\"kind\":\"callback\"}" \
  -H "Idempotency-Key: $RUN-url" >/dev/null

echo "6. Choose the scopes"
call PUT "manage/clients/$CLIENT_PK/scopes" '{"scopes":["profile"]}' >/dev/null

echo "7. Create a secret (its value is shown in this answer only)"
SECRET_ANSWER=$(call POST "manage/clients/$CLIENT_PK/secrets" '{"label":"Standard Key"}' \
  -H "Idempotency-Key: $RUN-secret")
SECRET_PK=$(printf '%s' "$SECRET_ANSWER" | num id)
SECRET=$(printf '%s' "$SECRET_ANSWER" | str secret)
need "secret id" "$SECRET_PK"; need "secret value" "$SECRET"

echo "8. Link the secret to the domain"
call POST "manage/domains/$DOMAIN_PK/secret-links" "{\"secret_id\":$SECRET_PK}" \
  -H "Idempotency-Key: $RUN-link" >/dev/null

TOKEN=""   # from here on the developer's site speaks: client credentials, no account
CREDS=(-H "X-Client-Id: $CLIENT_ID" -H "X-Client-Domain: example.com" -H "X-Client-Secret: $SECRET")

echo "9. sign-token: where to send the user"
LOGIN_URL=$(call POST sign-token "{\"redirect_url\":\"$CALLBACK\"}" "${CREDS[@]}" | str url)
need "login URL" "$LOGIN_URL"

echo "10. The user opens the login page ..."
curl -sS --fail "$LOGIN_URL" | grep -q 'value="allow"' || { echo "FAILED: no login page" >&2; exit 1; }

echo "11. ... picks Ada Lovelace and presses Allow; XWMS redirects back with a token"
LOCATION=$(curl -sS -o /dev/null -w '%{redirect_url}' \
  --data "user=xu_4f1c2b7e9a03d5e8&decision=allow" "$LOGIN_URL")
LOGIN_TOKEN=$(printf '%s' "$LOCATION" | sed -n 's/.*[?&]token=\([^&]*\).*/\1/p')
case "$LOCATION" in "$CALLBACK?token="*) ;; *) echo "FAILED: redirect to $LOCATION" >&2; exit 1;; esac
need "token in the redirect" "$LOGIN_TOKEN"

echo "12. sign-token-verify: who logged in"
USER=$(call POST sign-token-verify "{\"token\":\"$LOGIN_TOKEN\"}" "${CREDS[@]}")
SUB=$(printf '%s' "$USER" | str sub)
[ "$SUB" = "xu_4f1c2b7e9a03d5e8" ] || { echo "FAILED: sub is '$SUB'" >&2; exit 1; }
printf '%s' "$USER" | grep -q '"email":"ada.lovelace@example.net"' \
  || { echo "FAILED: no e-mail for the profile scope" >&2; exit 1; }

echo "13. The same token a second time is refused (single use)"
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H "Content-Type: application/json" \
  "${CREDS[@]}" --data "{\"token\":\"$LOGIN_TOKEN\"}" "${API}sign-token-verify")
[ "$STATUS" = 401 ] || { echo "FAILED: a reused token answered $STATUS" >&2; exit 1; }

echo "OK: logged in as $SUB through client $CLIENT_ID on example.com"
