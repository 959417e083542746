import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "account.changePhone",
  phoneNumber: "+15555550123",
  phoneCodeHash: "a1b2c3d4e5f6",
  phoneCode: "12345",
});
console.log(result);
