import { TelegramClient, Long } from "@mtcute/node";
import { randomLong } from "@mtcute/node/utils.js";

const tg = new TelegramClient({
  apiId: Number(process.env.TG_API_ID),
  apiHash: process.env.TG_API_HASH ?? "",
  storage: "session.sqlite",
});
await tg.start();

const result = await tg.call({
  _: "messages.sendMessage",
  noWebpage: true,
  silent: true,
  background: true,
  clearDraft: true,
  noforwards: true,
  updateStickersetsOrder: true,
  invertMedia: true,
  allowPaidFloodskip: true,
  peer: await tg.resolvePeer("durov"),
  replyTo: {
    _: "inputReplyToMessage",
    replyToMsgId: 142,
    topMsgId: 142,
    replyToPeerId: await tg.resolvePeer("durov"),
    quoteText: "Hello there!",
    quoteEntities: [{ _: "messageEntityMention", offset: 0, length: 5 }],
    quoteOffset: 0,
    monoforumPeerId: await tg.resolvePeer("durov"),
    todoItemId: 142,
  },
  message: "Hello there!",
  randomId: randomLong(),
  replyMarkup: {
    _: "replyInlineMarkup",
    rows: [
      {
        _: "keyboardButtonRow",
        buttons: [
          {
            _: "keyboardButtonUrl",
            style: {
              _: "keyboardButtonStyle",
              bgPrimary: true,
              bgDanger: true,
              bgSuccess: true,
              icon: Long.fromString("-4156887774564"),
            },
            text: "Hello there!",
            url: "https://example.com",
          },
        ],
      },
    ],
  },
  entities: [{ _: "messageEntityMention", offset: 0, length: 5 }],
  scheduleDate: 1811808000,
  scheduleRepeatPeriod: 42,
  sendAs: await tg.resolvePeer("durov"),
  quickReplyShortcut: { _: "inputQuickReplyShortcut", shortcut: "cats" },
  effect: Long.fromString("-4156887774564"),
  allowPaidStars: Long.fromString("100"),
  suggestedPost: {
    _: "suggestedPost",
    accepted: true,
    rejected: true,
    price: { _: "starsAmount", amount: Long.fromString("100"), nanos: 42 },
    scheduleDate: 1811808000,
  },
});
tg.handleClientUpdate(result);
console.log(result);
