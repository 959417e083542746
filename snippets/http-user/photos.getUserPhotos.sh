# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/photos.getUserPhotos" \
  --data-urlencode user_id=@durov \
  --data-urlencode offset=0 \
  --data-urlencode max_id=0 \
  --data-urlencode limit=10
