# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "peer": "@durov",
  "id": 142,
  "message": "it'\''s \"50%\" off \\ $HOME ${x} {$y} ?> <?php ]] ]==] */ /* `tick` 😀\nline2\ttab"
}' http://127.0.0.1:9503/api/messages.editMessage
