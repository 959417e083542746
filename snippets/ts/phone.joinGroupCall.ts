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
  new Api.phone.JoinGroupCall({
    muted: true,
    videoStopped: true,
    call: new Api.InputGroupCall({
      id: bigInt("5368324170671202286"),
      accessHash: bigInt(4156887774564),
    }),
    joinAs: "durov",
    inviteHash: "AbCdEf0123456789",
    publicKey: bigInt(
      "14074904626401341155369551180448584754667373453244490859944217516317499064576",
    ),
    block: Buffer.from("arbitrary data here"),
    params: new Api.DataJSON({ data: '{"key":"value"}' }),
  }),
);
console.log(result);
