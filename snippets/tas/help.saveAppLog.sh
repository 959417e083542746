# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "events": [
    {
      "_": "inputAppEvent",
      "time": 7.13,
      "type": "app_open",
      "peer": -4156887774564,
      "data": {
        "_": "jsonNull"
      }
    }
  ]
}' http://127.0.0.1:9503/api/help.saveAppLog
