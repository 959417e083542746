# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "scope": {
    "_": "botCommandScopeDefault"
  },
  "lang_code": "en",
  "commands": [
    {
      "_": "botCommand",
      "command": "start",
      "description": "Start the bot"
    }
  ]
}' http://127.0.0.1:9503/api/bots.setBotCommands
