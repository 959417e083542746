# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "peer": "@durov",
  "multi_media": [
    {
      "_": "inputSingleMedia",
      "media": {
        "_": "inputMediaUploadedPhoto",
        "file": {
          "_": "LocalFile",
          "file": "photo.jpg"
        }
      },
      "message": "Hello there!"
    }
  ]
}' http://127.0.0.1:9503/api/messages.sendMultiMedia
