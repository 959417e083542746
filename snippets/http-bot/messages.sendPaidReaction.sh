# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.sendPaidReaction \
  --data-urlencode 'params={"peer":"@durov","msg_id":142,"count":10,"private":{"_":"paidReactionPrivacyDefault"}}'
