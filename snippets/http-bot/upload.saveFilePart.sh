# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=upload.saveFilePart \
  --data-urlencode 'params={"file_id":5368324170671202286,"file_part":0,"bytes":{"_":"bytes","bytes":"YXJiaXRyYXJ5IGRhdGEgaGVyZQ=="}}'
