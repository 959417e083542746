/**
 * Constraints Telegram enforces on the values of a call, as a table: where a rule applies (the
 * parameter's name, and its method or constructor), what it asks, and its source (an error of the
 * method's own error table, its description, or the page of core.telegram.org that states it).
 * test/values/constraints.test.ts checks every example of the bundled layer against every row, and
 * `tlsnip values --report` counts the checks.
 */
import type { Value } from './types.js';
import { TABLE_DATE } from './examples.js';

export interface Constraint {
  /** The parameter name (anchored pattern). */
  readonly name: RegExp;
  /** The method or constructor the parameter belongs to; absent: any. */
  readonly owner?: RegExp;
  /** What the value must be, in words. */
  readonly rule: string;
  readonly check: Check;
  readonly source: string;
}

/** A test of the values of one kind: numbers (int, long) or strings; values of other kinds are not checked. */
export interface Check {
  readonly kind: 'number' | 'string';
  readonly test: (v: Value) => boolean;
}

const num = (v: Value): number | undefined =>
  v.kind === 'int' ? v.value : v.kind === 'long' ? Number(v.value) : undefined;
const int = (test: (n: number) => boolean): Check => ({
  kind: 'number',
  test: (v) => {
    const n = num(v);
    return n !== undefined && test(n);
  },
});
const str = (test: (s: string) => boolean): Check => ({ kind: 'string', test: (v) => v.kind === 'string' && test(v.value) });
const chars = (s: string) => [...s].length;
const matches = (re: RegExp) => str((s) => re.test(s));
const upTo = (max: number, min = 1) => str((s) => chars(s) >= min && chars(s) <= max);
const isJson = str((s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
});

const DAY = 86400;
const KIB = 1024;
const MIB = 1024 * KIB;

export const CONSTRAINTS: readonly Constraint[] = [
  // Files: core.telegram.org/api/files.
  { owner: /^upload\.get(File|CdnFile)$/, name: /^limit$/, rule: 'a multiple of 4096, dividing 1 MiB (at most 1048576)', check: int((n) => n > 0 && n % (4 * KIB) === 0 && MIB % n === 0), source: 'LIMIT_INVALID in upload.getFile\'s errors; core.telegram.org/api/files#downloading-files' },
  { owner: /^upload\.get(File|CdnFile)$/, name: /^offset$/, rule: 'a multiple of 4096', check: int((n) => n >= 0 && n % (4 * KIB) === 0), source: 'OFFSET_INVALID in upload.getFile\'s errors; core.telegram.org/api/files' },
  { owner: /^upload\.save(Big)?FilePart$/, name: /^file_part$/, rule: '0 to 3999', check: int((n) => n >= 0 && n < 4000), source: 'FILE_PART_INVALID; core.telegram.org/api/files: at most 4000 parts' },
  { owner: /^upload\.saveBigFilePart$/, name: /^file_total_parts$/, rule: '1 to 4000', check: int((n) => n >= 1 && n <= 4000), source: 'FILE_PARTS_INVALID; core.telegram.org/api/files' },
  // Paging: core.telegram.org/api/offsets.
  { name: /^limit$/, owner: /^(?!upload\.)/, rule: '1 to 100', check: int((n) => n >= 1 && n <= 100), source: 'LIMIT_INVALID; core.telegram.org/api/offsets (at most 100 for most methods)' },
  // Dates (unix time). Fixed dates keep examples deterministic; TABLE_DATE is when this table was last reviewed.
  { name: /^(until_date|expire_date|mute_until|until|expires_at)$/, rule: `after ${new Date(TABLE_DATE * 1000).toISOString().slice(0, 10)} (in the future)`, check: int((n) => n > TABLE_DATE), source: 'a date in the past ends at once (chatBannedRights.until_date, exportChatInvite.expire_date: EXPIRE_DATE_INVALID)' },
  { name: /^schedule_date$/, rule: 'in the future, at most 365 days ahead', check: int((n) => n > TABLE_DATE && n <= TABLE_DATE + 365 * DAY), source: 'SCHEDULE_DATE_INVALID, SCHEDULE_DATE_TOO_LATE in messages.sendMessage\'s errors' },
  { name: /^(offset_date|min_date|max_date|date)$/, rule: 'not in the future (a date already seen), or 0', check: int((n) => n >= 0 && n <= TABLE_DATE), source: 'core.telegram.org/api/offsets; updates.getDifference: the date of the last known state' },
  // Ranges from descriptions and error tables.
  { owner: /^birthday$/, name: /^day$/, rule: '1 to 31', check: int((n) => n >= 1 && n <= 31), source: 'BIRTHDAY_INVALID; desc "Birth day"' },
  { owner: /^birthday$/, name: /^month$/, rule: '1 to 12', check: int((n) => n >= 1 && n <= 12), source: 'BIRTHDAY_INVALID; desc "Birth month"' },
  { owner: /^birthday$/, name: /^year$/, rule: '1900 to the table date\'s year', check: int((n) => n >= 1900 && n <= 2026), source: 'BIRTHDAY_INVALID' },
  { owner: /^phone\.setCallRating$/, name: /^rating$/, rule: '1 to 5', check: int((n) => n >= 1 && n <= 5), source: 'desc "Rating in 1-5 stars"' },
  { owner: /^(peerColor|account\.updateColor|channels\.updateColor)$/, name: /^color$/, rule: '0 to 6 (the built-in colors)', check: int((n) => n >= 0 && n <= 6), source: 'core.telegram.org/api/colors: 0-6 are the built-in colors' },
  { owner: /^(messages|channels)\.createForumTopic$/, name: /^icon_color$/, rule: 'one of the six topic colors', check: int((n) => [0x6fb9f0, 0xffd67e, 0xcb86db, 0x8eee98, 0xff93b2, 0xfb6f5f].includes(n)), source: 'desc "one of 0x6FB9F0, 0xFFD67E, 0xCB86DB, 0x8EEE98, 0xFF93B2, or 0xFB6F5F"' },
  { owner: /^channels\.toggleSlowMode$/, name: /^seconds$/, rule: 'one of 0, 10, 30, 60, 300, 900, 3600', check: int((n) => [0, 10, 30, 60, 300, 900, 3600].includes(n)), source: 'SECONDS_INVALID; desc' },
  { owner: /^account\.registerDevice|account\.unregisterDevice$/, name: /^token_type$/, rule: 'a push service, 1 to 10', check: int((n) => n >= 1 && n <= 10), source: 'core.telegram.org/api/push-updates#subscribing-to-notifications (token types)' },
  { owner: /^wallPaperSettings$/, name: /^intensity$/, rule: '-100 to 100', check: int((n) => n >= -100 && n <= 100), source: 'desc "Intensity of the pattern, -100 to 100"' },
  { owner: /^wallPaperSettings$/, name: /^rotation$/, rule: '0 to 359', check: int((n) => n >= 0 && n < 360), source: 'desc "Clockwise rotation angle of the gradient, in degrees; 0-359"' },
  { name: /^(w|h|duration|size|file_size)$/, rule: 'positive', check: int((n) => n > 0), source: 'a size or a length' },
  { name: /^(api_id)$/, rule: 'positive', check: int((n) => n > 0), source: 'API_ID_INVALID; core.telegram.org/api/obtaining_api_id' },
  // Strings: syntax and lengths.
  { owner: /^botCommand$/, name: /^command$/, rule: '1-32 characters, a-z, 0-9 and _', check: matches(/^[a-z0-9_]{1,32}$/), source: 'BOT_COMMAND_INVALID; Bot API BotCommand' },
  { owner: /^botCommand$/, name: /^description$/, rule: '1-256 characters', check: upTo(256), source: 'BOT_COMMAND_DESCRIPTION_INVALID; Bot API BotCommand' },
  { name: /^api_hash$/, rule: '32 hexadecimal digits', check: matches(/^[0-9a-f]{32}$/), source: 'API_ID_INVALID; core.telegram.org/api/obtaining_api_id' },
  { name: /^md5_checksum$/, rule: '32 hexadecimal digits', check: matches(/^[0-9a-f]{32}$/), source: 'MD5_CHECKSUM_INVALID; desc' },
  { name: /^(username|order)$/, rule: '5-32 characters, A-z, 0-9 and _', check: matches(/^[A-Za-z][A-Za-z0-9_]{4,31}$/), source: 'USERNAME_INVALID; desc "Accepted characters: A-z, 0-9 and underscores. Length: 5-32"' },
  { name: /^hashtag$/, rule: 'without #', check: matches(/^[^#\s]+$/), source: 'desc "The hashtag to search, without the # character"' },
  { name: /^(start_param|referer)$/, rule: 'up to 64 characters A-Z a-z 0-9 _ -', check: matches(/^[A-Za-z0-9_-]{1,64}$/), source: 'START_PARAM_INVALID; core.telegram.org/api/links#bot-links' },
  { name: /^platform$/, rule: '0-64 English letters, digits and _', check: matches(/^[A-Za-z0-9_]{0,64}$/), source: 'desc "Short name of the application; 0-64 English letters, digits, and underscores"' },
  { name: /^(lang_code|system_lang_code|to_lang|from_lang|lang_codes)$/, rule: 'an ISO 639-1 code', check: matches(/^[a-z]{2}$/), source: 'LANG_CODE_INVALID; desc "ISO 639-1 language code"' },
  { name: /^(country_iso2|iso2|country_code|countries_iso2)$/, rule: 'an ISO 3166-1 alpha-2 code', check: matches(/^[A-Z]{2}$/), source: 'desc "ISO 3166-1 alpha-2 country code"' },
  { name: /^currency$/, rule: 'three capital letters (ISO 4217, or XTR)', check: matches(/^[A-Z]{3}$/), source: 'CURRENCY_INVALID; desc' },
  { name: /^(phone|phones|phone_number|phone_numbers)$/, rule: '+ and 7 to 15 digits', check: matches(/^\+\d{7,15}$/), source: 'PHONE_NUMBER_INVALID; desc "Phone number in international format"' },
  { name: /^(emoticon|emoji|alt|reaction)$/, rule: 'an emoji', check: matches(/^\p{Extended_Pictographic}/u), source: 'EMOTICON_INVALID; desc "The emoji"' },
  { name: /url$/, rule: 'an http(s) URL', check: matches(/^https?:\/\/\S+$/), source: 'URL_INVALID' },
  { name: /^email$/, rule: 'an e-mail address', check: matches(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/), source: 'EMAIL_INVALID' },
  { name: /^mime_type$/, rule: 'type/subtype', check: matches(/^[a-z]+\/[\w.+-]+$/), source: 'MIME_INVALID' },
  { name: /^rank$/, rule: 'at most 16 characters', check: upTo(16, 0), source: 'ADMIN_RANK_INVALID; core.telegram.org/api/rights' },
  { name: /^address$/, owner: /^(?!inputClientProxy)/, rule: 'at most 96 characters', check: upTo(96), source: 'ADDRESS_INVALID; desc "max 96 UTF-8 chars"' },
  { name: /^title$/, rule: '1-128 characters', check: upTo(128), source: 'CHAT_TITLE_EMPTY, TITLE_INVALID' },
  { name: /^message$/, rule: '1-4096 characters', check: upTo(4096), source: 'MESSAGE_EMPTY, MESSAGE_TOO_LONG' },
  { name: /^caption$/, rule: 'at most 1024 characters', check: upTo(1024, 0), source: 'MEDIA_CAPTION_TOO_LONG' },
  { name: /^about$/, owner: /^(account\.updateProfile|bots\.setBotInfo)$/, rule: 'at most 70 characters', check: upTo(70, 0), source: 'ABOUT_TOO_LONG' },
  { name: /^first_name$/, rule: '1-64 characters', check: upTo(64), source: 'FIRSTNAME_INVALID' },
  { name: /^last_name$/, rule: 'at most 64 characters', check: upTo(64, 0), source: 'LASTNAME_INVALID' },
  { owner: /^dataJSON$/, name: /^data$/, rule: 'JSON text', check: isJson, source: 'dataJSON: "JSON-encoded data"' },
  { name: /^scope$/, rule: 'JSON text', check: isJson, source: 'core.telegram.org/passport#request-authorization' },
  { name: /^timezone_id$/, rule: 'an IANA time zone', check: matches(/^[A-Za-z_]+\/[A-Za-z_]+$/), source: 'TIMEZONE_INVALID; help.getTimezonesList' },
];

/** The constraints that apply to the value `v` of `owner.name`. */
export function constraintsFor(name: string, owner: string, v: Value): Constraint[] {
  const kind = v.kind === 'string' ? 'string' : v.kind === 'int' || v.kind === 'long' ? 'number' : undefined;
  return CONSTRAINTS.filter((c) => c.check.kind === kind && c.name.test(name) && (!c.owner || c.owner.test(owner)));
}
