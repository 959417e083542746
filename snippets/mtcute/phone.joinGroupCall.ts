import { TelegramClient, Long } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "phone.joinGroupCall",
  muted: true,
  videoStopped: true,
  call: {
    _: "inputGroupCall",
    id: Long.fromString("5368324170671202286"),
    accessHash: Long.fromString("4156887774564"),
  },
  joinAs: await tg.resolvePeer("durov"),
  inviteHash: "AbCdEf0123456789",
  publicKey: new Uint8Array([
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
  ]),
  block: new TextEncoder().encode("arbitrary data here"),
  params: { _: "dataJSON", data: '{"key":"value"}' },
});
tg.handleClientUpdate(result);
console.log(result);
