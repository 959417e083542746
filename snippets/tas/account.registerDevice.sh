# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "token_type": 2,
  "token": "device token from the push service",
  "app_sandbox": true,
  "secret": {
    "_": "bytes",
    "bytes": "YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="
  },
  "other_uids": [
    -4156887774564
  ]
}' http://127.0.0.1:9503/api/account.registerDevice
