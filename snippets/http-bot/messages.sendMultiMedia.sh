# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.sendMultiMedia \
  --data-urlencode 'params={"peer":"@durov","multi_media":[{"_":"inputSingleMedia","media":{"_":"inputMediaUploadedPhoto","file":"photo.jpg"},"message":"Hello there!"}]}'
