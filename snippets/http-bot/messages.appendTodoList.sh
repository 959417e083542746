# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.appendTodoList \
  --data-urlencode 'params={"peer":"@durov","msg_id":142,"list":[{"_":"todoItem","id":142,"title":{"_":"textWithEntities","text":"Hello there!","entities":[{"_":"messageEntityMention","offset":0,"length":5}]}}]}'
