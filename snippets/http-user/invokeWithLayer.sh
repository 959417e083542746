# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/invokeWithLayer" \
  --data-urlencode layer=223 \
  --data-urlencode 'query={"_":"help.getConfig"}'
