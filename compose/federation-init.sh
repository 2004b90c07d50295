#!/bin/sh
# Runs once before the hubs start (service federation-init): creates each hub's keys and self-signed TLS
# certificate (named for its service name, e.g. hub-ua) in that hub's own keys volume, asks each hub for its
# federation-file entry (`pin`: attestation key and TLS key pin), and gives every hub a federation file that pins
# the other two. Real national centres exchange these entries out of band and review them first; this script
# stands in for that exchange inside one compose project. Existing keys are kept, so re-running is harmless.
set -eu

pin() { # hub-id country
  Hub__HubId="$1" Hub__Country="$2" Hub__KeysFolder="/keys/$1" Hub__PublicGrpcEndpoint="https://$1:5100" \
    dotnet /app/Exchange.Hub.dll pin > "/federation/$1.entry.json"
}

pin hub-ua UA
pin hub-kz KZ
pin hub-lv LV

federation_file() { # hub-id peer-a peer-b
  printf '{ "peers": [\n%s,\n%s\n] }\n' "$(cat "/federation/$2.entry.json")" "$(cat "/federation/$3.entry.json")" > "/federation/$1.json"
}

federation_file hub-ua hub-kz hub-lv
federation_file hub-kz hub-ua hub-lv
federation_file hub-lv hub-ua hub-kz
echo "federation files written: $(ls /federation/*.json | tr '\n' ' ')"
