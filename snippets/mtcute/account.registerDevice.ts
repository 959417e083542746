import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "account.registerDevice",
  tokenType: 2,
  token: "device token from the push service",
  appSandbox: true,
  secret: new TextEncoder().encode("arbitrary data here"),
  otherUids: [-4156887774564],
});
console.log(result);
