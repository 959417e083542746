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
  new Api.account.UpdateEmojiStatus({
    emojiStatus: new Api.EmojiStatus({
      documentId: bigInt("5368324170671202286"),
      until: 1735689600,
    }),
  }),
);
console.log(result);
