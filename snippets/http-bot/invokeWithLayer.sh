# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=invokeWithLayer \
  --data-urlencode 'params={"layer":223,"query":{"_":"help.getConfig"}}'
