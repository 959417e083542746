# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "phone_number": "+15555550123",
  "phone_code_hash": "a1b2c3d4e5f6",
  "phone_code": "12345"
}' http://127.0.0.1:9503/api/account.changePhone
