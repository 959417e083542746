import { TelegramClient } from "@mtcute/node";
import { randomLong } from "@mtcute/node/utils.js";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.forwardMessages",
  fromPeer: await tg.resolvePeer("durov"),
  id: [142],
  randomId: [randomLong()],
  toPeer: await tg.resolvePeer("durov"),
});
tg.handleClientUpdate(result);
console.log(result);
