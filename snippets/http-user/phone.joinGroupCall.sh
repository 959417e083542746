# PWRTelegram HTTP API (historical; the service is no longer run), as a user.
curl "https://api.pwrtelegram.xyz/user${USER_TOKEN}/phone.joinGroupCall" \
  --data-urlencode muted=1 \
  --data-urlencode video_stopped=1 \
  --data-urlencode 'call={"_":"inputGroupCall","id":5368324170671202286,"access_hash":4156887774564}' \
  --data-urlencode join_as=@durov \
  --data-urlencode invite_hash=AbCdEf0123456789 \
  --data-urlencode 'public_key={"_":"bytes","bytes":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}' \
  --data-urlencode 'block={"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="}' \
  --data-urlencode 'params={"_":"dataJSON","data":"{\"key\":\"value\"}"}'
