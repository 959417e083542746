# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/account.updateEmojiStatus" \
  --data-urlencode 'emoji_status={"_":"emojiStatus","document_id":5368324170671202286,"until":1735689600}'
