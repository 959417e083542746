import { TelegramClient } from "@mtcute/node";
import { randomLong } from "@mtcute/node/utils.js";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.sendPaidReaction",
  peer: await tg.resolvePeer("durov"),
  msgId: 142,
  count: 10,
  randomId: randomLong(),
  private: { _: "paidReactionPrivacyDefault" },
});
tg.handleClientUpdate(result);
console.log(result);
