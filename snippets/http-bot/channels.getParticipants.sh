# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=channels.getParticipants \
  --data-urlencode 'params={"channel":"@telegram","filter":{"_":"channelParticipantsRecent"},"offset":0,"limit":10,"hash":0}'
