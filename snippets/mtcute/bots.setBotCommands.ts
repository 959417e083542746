import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "bots.setBotCommands",
  scope: { _: "botCommandScopeDefault" },
  langCode: "en",
  commands: [
    { _: "botCommand", command: "start", description: "Start the bot" },
  ],
});
console.log(result);
