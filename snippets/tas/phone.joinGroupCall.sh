# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "muted": true,
  "video_stopped": true,
  "call": {
    "_": "inputGroupCall",
    "id": 5368324170671202286,
    "access_hash": 4156887774564
  },
  "join_as": "@durov",
  "invite_hash": "AbCdEf0123456789",
  "public_key": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
  "block": {
    "_": "bytes",
    "bytes": "YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="
  },
  "params": {
    "key": "value"
  }
}' http://127.0.0.1:9503/api/phone.joinGroupCall
