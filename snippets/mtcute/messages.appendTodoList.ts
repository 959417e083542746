import { TelegramClient } from "@mtcute/node";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.appendTodoList",
  peer: await tg.resolvePeer("durov"),
  msgId: 142,
  list: [
    {
      _: "todoItem",
      id: 142,
      title: {
        _: "textWithEntities",
        text: "Hello there!",
        entities: [{ _: "messageEntityMention", offset: 0, length: 5 }],
      },
    },
  ],
});
tg.handleClientUpdate(result);
console.log(result);
