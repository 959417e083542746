# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=photos.getUserPhotos \
  --data-urlencode 'params={"user_id":"@durov","offset":0,"max_id":0,"limit":10}'
