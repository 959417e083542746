import { Api, TelegramClient, sessions } from "telegram";

const client = new TelegramClient(
  new sessions.StringSession(process.env.TG_SESSION ?? ""),
  Number(process.env.TG_API_ID),
  process.env.TG_API_HASH ?? "",
  { connectionRetries: 5 },
);
await client.connect();

const result = await client.invoke(
  new Api.contacts.GetLocated({
    geoPoint: new Api.InputGeoPoint({ lat: 41.9028, long: 12.4964 }),
  }),
);
console.log(result);
