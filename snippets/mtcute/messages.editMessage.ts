import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.editMessage",
  peer: await tg.resolvePeer("durov"),
  id: 142,
  message:
    'it\'s "50%" off \\ $HOME ${x} {$y} ?> <?php ]] ]==] */ /* `tick` 😀\nline2\ttab',
});
tg.handleClientUpdate(result);
console.log(result);
