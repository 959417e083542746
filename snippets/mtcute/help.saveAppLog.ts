import { TelegramClient, Long } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "help.saveAppLog",
  events: [
    {
      _: "inputAppEvent",
      time: 7.13,
      type: "app_open",
      peer: Long.fromString("-4156887774564"),
      data: { _: "jsonNull" },
    },
  ],
});
console.log(result);
