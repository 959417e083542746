import { Api, TelegramClient, sessions } from "telegram";
import { CustomFile } from "telegram/client/uploads.js";
import fs from "node:fs";

const client = new TelegramClient(
  new sessions.StringSession(process.env.TG_SESSION ?? ""),
  Number(process.env.TG_API_ID),
  process.env.TG_API_HASH ?? "",
  { connectionRetries: 5 },
);
await client.connect();

const result = await client.invoke(
  new Api.messages.SendMedia({
    peer: "durov",
    media: new Api.InputMediaUploadedPhoto({
      file: await client.uploadFile({
        file: new CustomFile(
          "photo.jpg",
          fs.statSync("photo.jpg").size,
          "photo.jpg",
        ),
        workers: 1,
      }),
    }),
    message: "Hello there!",
  }),
);
console.log(result);
