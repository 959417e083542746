# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/contacts.getLocated" \
  --data-urlencode 'geo_point={"_":"inputGeoPoint","lat":41.9028,"long":12.4964}'
