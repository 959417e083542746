# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "file": {
    "_": "LocalFile",
    "file": "photo.jpg"
  },
  "file_name": "photo.jpg",
  "mime_type": "image/jpeg"
}' http://127.0.0.1:9503/api/account.uploadTheme
