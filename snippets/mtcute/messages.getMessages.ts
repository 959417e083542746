import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.getMessages",
  id: [{ _: "inputMessageID", id: 142 }],
});
console.log(result);
