import { Api, TelegramClient, sessions } from "telegram";

const client = new TelegramClient(
  new sessions.StringSession(process.env.TG_SESSION ?? ""),
  Number(process.env.TG_API_ID),
  process.env.TG_API_HASH ?? "",
  { connectionRetries: 5 },
);
await client.connect();

const result = await client.invoke(
  new Api.account.ChangePhone({
    phoneNumber: "+15555550123",
    phoneCodeHash: "a1b2c3d4e5f6",
    phoneCode: "12345",
  }),
);
console.log(result);
