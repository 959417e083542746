# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{"user_id":"@durov","offset":0,"max_id":0,"limit":10}' http://127.0.0.1:9503/api/photos.getUserPhotos
