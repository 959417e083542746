# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/upload.saveFilePart" \
  --data-urlencode file_id=5368324170671202286 \
  --data-urlencode file_part=0 \
  --data-urlencode 'bytes={"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="}'
