# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/account.registerDevice" \
  --data-urlencode token_type=2 \
  --data-urlencode 'token=device token from the push service' \
  --data-urlencode app_sandbox=1 \
  --data-urlencode 'secret={"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="}' \
  --data-urlencode 'other_uids=[-4156887774564]'
