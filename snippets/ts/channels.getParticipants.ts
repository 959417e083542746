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
  new Api.channels.GetParticipants({
    channel: "telegram",
    filter: new Api.ChannelParticipantsRecent(),
    offset: 0,
    limit: 10,
    hash: bigInt(0),
  }),
);
console.log(result);
