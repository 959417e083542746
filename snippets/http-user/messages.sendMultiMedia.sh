# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/messages.sendMultiMedia" \
  --data-urlencode peer=@durov \
  --data-urlencode 'multi_media=[{"_":"inputSingleMedia","media":{"_":"inputMediaUploadedPhoto","file":"photo.jpg"},"message":"Hello there!"}]'
