# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.sendMedia \
  --data-urlencode 'params={"peer":"@durov","media":{"_":"inputMediaUploadedPhoto","file":"photo.jpg"},"message":"Hello there!"}'
