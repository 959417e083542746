import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "contacts.getLocated",
  geoPoint: { _: "inputGeoPoint", lat: 41.9028, long: 12.4964 },
});
tg.handleClientUpdate(result);
console.log(result);
