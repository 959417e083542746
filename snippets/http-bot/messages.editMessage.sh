# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=messages.editMessage \
  --data-urlencode 'params={"peer":"@durov","id":142,"message":"it'\''s \"50%\" off \\ $HOME ${x} {$y} ?> <?php ]] ]==] */ /* `tick` 😀\nline2\ttab"}'
