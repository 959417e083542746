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
  new Api.account.RegisterDevice({
    tokenType: 2,
    token: "device token from the push service",
    appSandbox: true,
    secret: Buffer.from("arbitrary data here"),
    otherUids: [bigInt(-4156887774564)],
  }),
);
console.log(result);
