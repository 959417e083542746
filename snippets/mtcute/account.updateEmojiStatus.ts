import { TelegramClient, Long } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "account.updateEmojiStatus",
  emojiStatus: {
    _: "emojiStatus",
    documentId: Long.fromString("5368324170671202286"),
    until: 1735689600,
  },
});
console.log(result);
