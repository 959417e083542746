import { TelegramClient, Long } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "channels.getParticipants",
  channel: await tg.resolveChannel("telegram"),
  filter: { _: "channelParticipantsRecent" },
  offset: 0,
  limit: 10,
  hash: Long.ZERO,
});
console.log(result);
