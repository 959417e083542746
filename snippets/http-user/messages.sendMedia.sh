# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/messages.sendMedia" \
  --data-urlencode peer=@durov \
  --data-urlencode 'media={"_":"inputMediaUploadedPhoto","file":"photo.jpg"}' \
  --data-urlencode 'message=Hello there!'
