# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/channels.getParticipants" \
  --data-urlencode channel=@telegram \
  --data-urlencode 'filter={"_":"channelParticipantsRecent"}' \
  --data-urlencode offset=0 \
  --data-urlencode limit=10 \
  --data-urlencode hash=0
