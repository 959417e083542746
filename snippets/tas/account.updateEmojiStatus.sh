# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "emoji_status": {
    "_": "emojiStatus",
    "document_id": 5368324170671202286,
    "until": 1735689600
  }
}' http://127.0.0.1:9503/api/account.updateEmojiStatus
