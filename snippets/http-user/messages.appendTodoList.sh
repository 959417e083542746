# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/messages.appendTodoList" \
  --data-urlencode peer=@durov \
  --data-urlencode msg_id=142 \
  --data-urlencode 'list=[{"_":"todoItem","id":142,"title":{"_":"textWithEntities","text":"Hello there!","entities":[{"_":"messageEntityMention","offset":0,"length":5}]}}]'
