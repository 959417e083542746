import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "account.uploadTheme",
  file: (await tg.uploadFile({ file: "photo.jpg" })).inputFile,
  fileName: "photo.jpg",
  mimeType: "image/jpeg",
});
console.log(result);
