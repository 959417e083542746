# PWRTelegram HTTP API (historical; the service is no longer run), as a bot.
curl "https://api.pwrtelegram.xyz/bot${BOT_TOKEN}/madeline" \
  --data-urlencode method=bots.setBotCommands \
  --data-urlencode 'params={"scope":{"_":"botCommandScopeDefault"},"lang_code":"en","commands":[{"_":"botCommand","command":"start","description":"Start the bot"}]}'
