# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/account.changePhone" \
  --data-urlencode phone_number=+15555550123 \
  --data-urlencode phone_code_hash=a1b2c3d4e5f6 \
  --data-urlencode phone_code=12345
