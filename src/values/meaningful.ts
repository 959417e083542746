/**
 * Calls that do something. With `--flags none` an example shows only what the call needs; for a
 * setter whose every parameter is optional, "what it needs" is the parameter that makes it change
 * something (`account.updateProfile(first_name: …)`, not `account.updateProfile()`), and a
 * constructor made only of flags (`chatBannedRights`) sets the flag that makes it mean something.
 * One general rule each, and a short table of overrides for the cases the rule gets wrong.
 */
import type { ParamModel } from '../model/types.js';
import { isAutoParam } from './examples.js';

/** Verbs of the methods that change something, as their name starts (`account.updateProfile`). */
const SETTER = /^(update|set|edit|upload|install|save|change|clear|activate)[A-Z]/;
/** Verbs the state-change count of `tlsnip values --report` covers (toggles, deletes, sends…). */
const CHANGES_STATE = /^(update|set|edit|upload|install|save|change|clear|activate|toggle|delete|create|send|add|remove|reorder|join|leave|invite|report|block|unblock|mark|read|pin|unpin|reset|accept|decline|confirm|import|export|transfer|buy|convert|upgrade|hide|register|unregister|close|discard|migrate)/;

/** Required parameters that only say WHAT is changed (whose peer, which ID), not how. */
const SELECTOR = /^(Input(Peer|User|Channel|BotApp|StickerSet|Document|Theme|WallPaper|Photo|QuickReplyShortcut)|int|long|Vector<int>)$/;

/** Methods the rule gets wrong: the parameters to show ([]: none, the bare call already does its job), and why. */
export const METHOD_OVERRIDES: Readonly<Record<string, { readonly show: readonly string[]; readonly why: string }>> = {
  'photos.uploadProfilePhoto': { show: ['file'], why: 'the photo is what it uploads; `bot` is for a bot\'s own photo' },
  'photos.updateProfilePhoto': { show: [], why: '`id` is the photo; `bot` is for a bot\'s own photo' },
  'account.updateBusinessLocation': { show: ['geo_point', 'address'], why: 'desc: "address: Mandatory when setting/updating the location"' },
  'account.saveMusic': { show: [], why: '`id` is the track saved; `after_id` only orders it' },
  'messages.clearRecentStickers': { show: [], why: 'the bare call clears the recent stickers; `attached` clears another list' },
  'bots.setBotInfo': { show: ['about'], why: '`bot` is for another bot the user owns; the text is the change' },
  'bots.setCustomVerification': { show: ['enabled', 'custom_description'], why: 'without `enabled` the call removes the verification' },
  'bots.updateStarRefProgram': { show: [], why: 'without `duration_months` the program has no time limit' },
  'messages.deletePhoneCallHistory': { show: [], why: 'the bare call deletes the whole call history' },
  'messages.acceptUrlAuth': { show: ['url'], why: 'desc: a login URL is given either as the button (peer, msg_id, button_id) or as `url`' },
  'messages.requestUrlAuth': { show: ['url'], why: 'desc: a login URL is given either as the button (peer, msg_id, button_id) or as `url`' },
  'messages.setBotPrecheckoutResults': { show: ['success'], why: 'a pre-checkout query is answered with success, or with an error' },
};

/** Constructors the rule gets wrong. */
export const CONSTRUCTOR_OVERRIDES: Readonly<Record<string, { readonly show: readonly string[]; readonly why: string }>> = {
  chatBannedRights: { show: ['send_messages'], why: 'the usual restriction; `view_messages` would kick the user' },
  chatAdminRights: { show: ['delete_messages', 'ban_users', 'pin_messages'], why: 'a moderator\'s rights' },
  codeSettings: { show: [], why: 'the default, empty settings: the code arrives by SMS or in the app' },
  inputPeerNotifySettings: { show: ['mute_until'], why: 'muting a chat until a date' },
  'account.passwordInputSettings': { show: ['email'], why: 'a new password needs its SRP hash; a recovery e-mail can be set alone' },
  inputMessagesFilterPhoneCalls: { show: [], why: 'every call; `missed` narrows the filter' },
  inputBotInlineMessageGame: { show: [], why: 'the game is the message; `reply_markup` is extra' },
  inputWebFileAudioAlbumThumbLocation: { show: ['document'], why: 'the thumbnail of a document\'s album' },
  inputStorePaymentPremiumSubscription: { show: [], why: 'a new purchase; `restore`/`upgrade` are special cases' },
  inputChatUploadedPhoto: { show: ['file'], why: 'the photo uploaded' },
};

const shown = (p: ParamModel) => p.type !== '#' && !isAutoParam(p.name, p.type);
const isTrue = (p: ParamModel) => p.type === 'true' || /\?true$/.test(p.type);

/** Whether the method's example is meant to send nothing (its override shows no parameter). */
export function emptyOnPurpose(method: string): boolean {
  return METHOD_OVERRIDES[method]?.show.length === 0;
}

/** Whether the method changes something, by the verb its name starts with (the report's count). */
export function changesState(method: string): boolean {
  return CHANGES_STATE.test(method.slice(method.lastIndexOf('.') + 1));
}

/**
 * The optional parameters a setter's example shows with `--flags none`. A setter (by verb) whose
 * required parameters only select what is changed shows its first optional value parameter; when
 * it has no required parameter at all and only `true` flags, its first flag.
 */
export function meaningfulMethodParams(method: string, params: readonly ParamModel[]): readonly string[] {
  const override = METHOD_OVERRIDES[method];
  if (override) return override.show;
  if (!SETTER.test(method.slice(method.lastIndexOf('.') + 1))) return [];
  const ps = params.filter(shown);
  const required = ps.filter((p) => !p.flag);
  const optional = ps.filter((p) => p.flag);
  if (!optional.length || !required.every((p) => SELECTOR.test(p.type))) return [];
  const value = optional.find((p) => !isTrue(p));
  if (value) return [value.name];
  return required.length === 0 ? [optional[0]!.name] : [];
}

/** Fields that may stay required without making a constructor mean something (a rights' end date). */
const NEUTRAL_REQUIRED = /date$|period$/;

/**
 * The flags a constructor's example sets with `--flags none`: for a constructor whose fields are all
 * optional (but an end date), its first `true` flag, else its first optional field.
 */
export function meaningfulConstructorFields(constructor: string, params: readonly ParamModel[]): readonly string[] {
  const override = CONSTRUCTOR_OVERRIDES[constructor];
  if (override) return override.show;
  const ps = params.filter(shown);
  const optional = ps.filter((p) => p.flag);
  if (!optional.length || !ps.every((p) => p.flag || NEUTRAL_REQUIRED.test(p.name))) return [];
  return [(optional.find(isTrue) ?? optional[0]!).name];
}
