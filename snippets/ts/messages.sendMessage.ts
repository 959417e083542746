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
  new Api.messages.SendMessage({
    noWebpage: true,
    silent: true,
    background: true,
    clearDraft: true,
    noforwards: true,
    updateStickersetsOrder: true,
    invertMedia: true,
    allowPaidFloodskip: true,
    peer: "durov",
    replyTo: new Api.InputReplyToMessage({
      replyToMsgId: 142,
      topMsgId: 142,
      replyToPeerId: await client.getInputEntity("durov"),
      quoteText: "Hello there!",
      quoteEntities: [new Api.MessageEntityMention({ offset: 0, length: 5 })],
      quoteOffset: 0,
      monoforumPeerId: await client.getInputEntity("durov"),
      todoItemId: 142,
    }),
    message: "Hello there!",
    replyMarkup: new Api.ReplyInlineMarkup({
      rows: [
        new Api.KeyboardButtonRow({
          buttons: [
            new Api.KeyboardButtonUrl({
              style: new Api.KeyboardButtonStyle({
                bgPrimary: true,
                bgDanger: true,
                bgSuccess: true,
                icon: bigInt(-4156887774564),
              }),
              text: "Hello there!",
              url: "https://example.com",
            }),
          ],
        }),
      ],
    }),
    entities: [new Api.MessageEntityMention({ offset: 0, length: 5 })],
    scheduleDate: 1811808000,
    scheduleRepeatPeriod: 42,
    sendAs: "durov",
    quickReplyShortcut: new Api.InputQuickReplyShortcut({ shortcut: "cats" }),
    effect: bigInt(-4156887774564),
    allowPaidStars: bigInt(100),
    suggestedPost: new Api.SuggestedPost({
      accepted: true,
      rejected: true,
      price: new Api.StarsAmount({ amount: bigInt(100), nanos: 42 }),
      scheduleDate: 1811808000,
    }),
  }),
);
console.log(result);
