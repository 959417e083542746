# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "file_id": 5368324170671202286,
  "file_part": 0,
  "bytes": {
    "_": "bytes",
    "bytes": "YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="
  }
}' http://127.0.0.1:9503/api/upload.saveFilePart
