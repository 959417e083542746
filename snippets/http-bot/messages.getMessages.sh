# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.getMessages \
  --data-urlencode 'params={"id":[{"_":"inputMessageID","id":142}]}'
