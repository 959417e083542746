import { Api, TelegramClient, sessions } from "telegram";

const client = new TelegramClient(
  new sessions.StringSession(process.env.TG_SESSION ?? ""),
  Number(process.env.TG_API_ID),
  process.env.TG_API_HASH ?? "",
  { connectionRetries: 5 },
);
await client.connect();

const result = await client.invoke(
  new Api.messages.SendPaidReaction({
    peer: "durov",
    msgId: 142,
    count: 10,
    private: new Api.PaidReactionPrivacyDefault(),
  }),
);
console.log(result);
