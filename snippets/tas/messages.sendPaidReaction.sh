# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "peer": "@durov",
  "msg_id": 142,
  "count": 10,
  "private": {
    "_": "paidReactionPrivacyDefault"
  }
}' http://127.0.0.1:9503/api/messages.sendPaidReaction
