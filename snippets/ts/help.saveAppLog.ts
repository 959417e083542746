import { Api, TelegramClient, sessions } from "telegram";
import bigInt from "big-integer";

const client = new TelegramClient(
  new sessions.StringSession(process.env.TG_SESSION ?? ""),
  Number(process.env.TG_API_ID),
  process.env.TG_API_HASH ?? "",
  { connectionRetries: 5 },
);
await client.connect();

const result = await client.invoke(
  new Api.help.SaveAppLog({
    events: [
      new Api.InputAppEvent({
        time: 7.13,
        type: "app_open",
        peer: bigInt(-4156887774564),
        data: new Api.JsonNull(),
      }),
    ],
  }),
);
console.log(result);
