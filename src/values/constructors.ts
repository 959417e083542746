/**
 * Which constructor an abstract type's example uses. The rule: the first constructor in schema
 * order that is neither a placeholder (`*Empty`, `*Unknown`), nor a `*Legacy` one, nor an entry
 * that Telegram's layer does not have; a short table overrides it where another one is what a
 * user really sends.
 */

/**
 * The 17 entries of `@mtcute/tl` 223.0.0's `api-schema.json` that Telegram's own layer-223 schema
 * (`TL_telegram_v223.tl`, danog/schemas at 19433bc0bdc893016f1d4001ca4f6cfd4e6a0378, 2026-03-03)
 * does not have: mtcute's compatibility entries (legacy constructors it still parses, its own
 * `mtcute.*` helpers) and forum-topic methods Telegram moved from `channels.*` to `messages.*`.
 * An example never uses them (GramJS, for one, has no class for them). test/values/constructors.test.ts
 * recomputes the list from ../shared when it is there.
 */
export const COMPAT_ENTRIES: ReadonlySet<string> = new Set([
  'inputPeerPhotoFileLocationLegacy',
  'inputStickerSetThumbLegacy',
  'updateChannelPinnedTopic',
  'updateChannelPinnedTopics',
  'mtcute.dummyUpdate',
  'mtcute.dummyInputPeerMinUser',
  'mtcute.dummyInputPeerMinChannel',
  'channels.editCreator',
  'channels.createForumTopic',
  'channels.getForumTopics',
  'channels.getForumTopicsByID',
  'channels.editForumTopic',
  'channels.updatePinnedForumTopic',
  'channels.deleteTopicHistory',
  'channels.reorderPinnedForumTopics',
  'channels.getFutureCreatorAfterLeave',
  'mtcute.customMethod',
]);

/** Constructors that stand for nothing, or for an old form of the same thing. */
const NOT_CHOSEN = /(Empty|Unknown|Legacy)$/;

/** Types whose first real constructor is not the one a user sends, with the one that is and why. */
export const TYPE_OVERRIDES: Readonly<Record<string, { readonly constructor: string; readonly why: string }>> = {
  InputFileLocation: { constructor: 'inputDocumentFileLocation', why: 'downloads are of documents and photos (with their file_reference); inputFileLocation is the deprecated volume/local-id form' },
  InputStickerSet: { constructor: 'inputStickerSetShortName', why: 'a sticker set is known by its short name (t.me/addstickers/<name>); its ID needs an access hash' },
  ReplyMarkup: { constructor: 'replyInlineMarkup', why: 'an inline keyboard; replyKeyboardHide only removes one' },
  KeyboardButton: { constructor: 'keyboardButtonUrl', why: 'an inline keyboard (the ReplyMarkup above) takes URL or callback buttons, not plain text ones' },
};

/** Whether the rule may choose the constructor `name` at all. */
export function choosable(name: string): boolean {
  return !COMPAT_ENTRIES.has(name) && !NOT_CHOSEN.test(name);
}
