# TelegramApiServer (github.com/xtrime-ru/TelegramApiServer) on 127.0.0.1:9503, started
# with docker compose up -d; it calls MadelineProto with the parameters of the JSON body.
curl --json '{
  "geo_point": {
    "_": "inputGeoPoint",
    "lat": 41.9028,
    "long": 12.4964
  }
}' http://127.0.0.1:9503/api/contacts.getLocated
