# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/messages.sendPaidReaction" \
  --data-urlencode peer=@durov \
  --data-urlencode msg_id=142 \
  --data-urlencode count=10 \
  --data-urlencode 'private={"_":"paidReactionPrivacyDefault"}'
