import { Api, TelegramClient, sessions } from "telegram";

const client = new TelegramClient(
  new sessions.StringSession(process.env.TG_SESSION ?? ""),
  Number(process.env.TG_API_ID),
  process.env.TG_API_HASH ?? "",
  { connectionRetries: 5 },
);
await client.connect();

const result = await client.invoke(
  new Api.messages.AppendTodoList({
    peer: "durov",
    msgId: 142,
    list: [
      new Api.TodoItem({
        id: 142,
        title: new Api.TextWithEntities({
          text: "Hello there!",
          entities: [new Api.MessageEntityMention({ offset: 0, length: 5 })],
        }),
      }),
    ],
  }),
);
console.log(result);
