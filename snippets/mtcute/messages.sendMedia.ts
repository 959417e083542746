import { TelegramClient } from "@mtcute/node";
import { randomLong } from "@mtcute/node/utils.js";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.sendMedia",
  peer: await tg.resolvePeer("durov"),
  media: {
    _: "inputMediaUploadedPhoto",
    file: (await tg.uploadFile({ file: "photo.jpg" })).inputFile,
  },
  message: "Hello there!",
  randomId: randomLong(),
});
tg.handleClientUpdate(result);
console.log(result);
