import { TelegramClient, Long } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "photos.getUserPhotos",
  userId: await tg.resolveUser("durov"),
  offset: 0,
  maxId: Long.ZERO,
  limit: 10,
});
console.log(result);
