import { TelegramClient, Long } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "upload.saveFilePart",
  fileId: Long.fromString("5368324170671202286"),
  filePart: 0,
  bytes: new TextEncoder().encode("arbitrary data here"),
});
console.log(result);
