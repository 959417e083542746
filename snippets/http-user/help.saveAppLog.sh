# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/help.saveAppLog" \
  --data-urlencode 'events=[{"_":"inputAppEvent","time":7.13,"type":"app_open","peer":-4156887774564,"data":{"_":"jsonNull"}}]'
