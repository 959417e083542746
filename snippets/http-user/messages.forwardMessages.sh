# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/messages.forwardMessages" \
  --data-urlencode from_peer=@durov \
  --data-urlencode 'id=[142]' \
  --data-urlencode to_peer=@durov
