# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.forwardMessages \
  --data-urlencode 'params={"from_peer":"@durov","id":[142],"to_peer":"@durov"}'
