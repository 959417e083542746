# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "peer": "@durov",
  "msg_id": 142,
  "list": [
    {
      "_": "todoItem",
      "id": 142,
      "title": {
        "_": "textWithEntities",
        "text": "Hello there!",
        "entities": [
          {
            "_": "messageEntityMention",
            "offset": 0,
            "length": 5
          }
        ]
      }
    }
  ]
}' http://127.0.0.1:9503/api/messages.appendTodoList
