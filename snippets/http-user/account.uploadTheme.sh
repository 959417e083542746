# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/account.uploadTheme" \
  --data-urlencode file=photo.jpg \
  --data-urlencode file_name=photo.jpg \
  --data-urlencode mime_type=image/jpeg
