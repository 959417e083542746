/**
 * Realistic example values, chosen by parameter name and type first, then by type alone
 * (Telethon's approach, with the values recommended in notes/targets.md §6). Deterministic: the same
 * schema and name always give the same value.
 */
import { meaningString } from './meaning.js';

/**
 * Dates are fixed, so examples stay deterministic. TABLE_DATE is when they were last reviewed
 * (constraints.ts checks the others against it): review them before SCHEDULE_DATE passes.
 */
export const TABLE_DATE = 1796083200; // 2026-12-01T00:00:00Z
/** 2025-01-01T00:00:00Z: a date already seen (`updates.getDifference`'s `date`, a search bound). */
export const EXAMPLE_DATE = 1735689600;
/** 2030-01-01T00:00:00Z: an end date safely in the future (bans, invite links, mutes). */
export const FUTURE_DATE = 1893456000;
/** 2027-06-01T00:00:00Z: in the future, and within the 365 days a scheduled message may be ahead. */
export const SCHEDULE_DATE = 1811808000;

type IntRule = [RegExp, number];
/** `owner.name` rules, before the name alone (sources: constraints.ts, which checks them). */
const INT_BY_OWNER: [RegExp, RegExp, number][] = [
  [/^upload\.get(File|CdnFile)$/, /^limit$/, 1024 * 1024],
  [/^birthday$/, /^day$/, 14],
  [/^birthday$/, /^month$/, 3],
  [/^birthday$/, /^year$/, 1990],
  [/^phone\.setCallRating$/, /^rating$/, 5],
  [/^(messages|channels)\.createForumTopic$/, /^icon_color$/, 0x6fb9f0],
  [/^channels\.toggleSlowMode$/, /^seconds$/, 30],
  [/^wallPaperSettings$/, /^intensity$/, 50],
  [/^wallPaperSettings$/, /^rotation$/, 45],
  [/^phoneCallProtocol$/, /^min_layer$/, 65],
  [/^phoneCallProtocol$/, /^max_layer$/, 92],
];
const INT_BY_NAME: IntRule[] = [
  [/^limit$/, 10],
  [/^(offset|add_offset|offset_id|min_id|max_id|hash|folder_id|offset_date|min_date|max_date|position|file_part|index|pts|qts|seq|quote_offset)$/, 0],
  [/^schedule_date$/, SCHEDULE_DATE],
  [/^(until_date|expire_date|mute_until|until|expires_at|expires)$/, FUTURE_DATE],
  [/date$|^date/, EXAMPLE_DATE],
  [/^color$/, 5],
  [/^token_type$/, 2],
  [/^port$/, 443],
  [/^(authorization_ttl_days)$/, 30],
  [/^(days)$/, 365],
  [/^(commission_permille)$/, 100],
  [/^(duration_months)$/, 12],
  [/^(api_id)$/, 123456],
  [/^(file_total_parts|level)$/, 1],
  [/^(ttl_seconds|duration|timeout)$/, 60],
  [/^(period|ttl_period)$/, 86400],
  [/^(w|h|width|height)$/, 512],
  [/^length$/, 5],
  [/^(size|file_size)$/, 1024],
  [/(_|^)id$|^id|_ids?$|msg_id/, 142],
  [/count$|^(stars|amount)$/, 10],
];

const LONG_BY_NAME: [RegExp, bigint][] = [
  [/^(hash|offset|offset_id|min_id|max_id|max_date)$/, 0n],
  [/size/, 2097152n], // 2 MiB (an 8-digit long would be read as 8 raw bytes by a form-field transport)
  [/^(user_id|chat_id|channel_id|bot_id)$/, 1234567890n],
  [/access_hash$/, 4156887774564n],
  [/(stars|amount)$/, 100n],
  [/^(id|document_id|photo_id|file_id|custom_emoji_id)$|_document_id$/, 5368324170671202286n],
];
const DEFAULT_LONG = -4156887774564n;
/** IDs of users and chats are below 2^53 (clients that read them as JS numbers rely on it). */
const LONG_BY_OWNER: [RegExp, RegExp, bigint][] = [
  [/^(contacts\.editCloseFriends|messages\.getChats)$/, /^id$/, 1234567890n],
];


export function exampleInt(name: string, owner = ''): number {
  for (const [o, re, v] of INT_BY_OWNER) if (re.test(name) && o.test(owner)) return v;
  for (const [re, v] of INT_BY_NAME) if (re.test(name)) return v;
  return 42;
}

export function exampleLong(name: string, owner = ''): bigint {
  for (const [o, re, v] of LONG_BY_OWNER) if (re.test(name) && o.test(owner)) return v;
  for (const [re, v] of LONG_BY_NAME) if (re.test(name)) return v;
  return DEFAULT_LONG;
}

export function exampleDouble(name: string): number {
  if (/^lat/.test(name)) return 41.9028;
  if (/^(long|lon|lng)/.test(name)) return 12.4964;
  return 7.13;
}

/** `owner` is the constructor (or method) the parameter belongs to; the rules are in meaning.ts. */
export function exampleString(name: string, owner = ''): string {
  return meaningString(name, owner);
}

const TEXT_BYTES = new TextEncoder().encode('arbitrary data here');

/** `bytes` is text-ish by default; `int128`/`int256` are fixed-size binary strings (0x00, 0x01, …). */
export function exampleBytes(tlType: 'bytes' | 'int128' | 'int256'): Uint8Array {
  if (tlType === 'bytes') return TEXT_BYTES.slice();
  const n = tlType === 'int128' ? 16 : 32;
  return Uint8Array.from({ length: n }, (_, i) => i);
}

/** Peers that MadelineProto, GramJS and PWRTelegram resolve themselves. */
export function examplePeer(name: string, tlType: string): string {
  if (tlType === 'InputChannel' || /channel/.test(name)) return '@telegram';
  if (/bot/.test(name)) return '@gif';
  return '@durov';
}

export function exampleFile(name: string): string {
  if (/thumb/.test(name)) return 'thumb.jpg';
  if (/video/.test(name)) return 'video.mp4';
  return 'photo.jpg';
}

/** The types whose values the libraries resolve from a username, `me` or a bot-API ID. */
export const PEER_TYPES = new Set(['InputPeer', 'InputUser', 'InputChannel']);
/** The types whose values are local paths that the libraries upload. */
export const FILE_TYPES = new Set(['InputFile']);
/**
 * Parameters the libraries compute themselves, omitted at the top level of a call: a `random_id`
 * nonce of type long (or Vector<long>, one per message), and `random_bytes` padding. Not so a
 * `random_id` of another type: in messages.viewSponsoredMessage it is the ad's `bytes` ID, which only
 * the caller has (GramJS would fill it with a random long), and an `int` one GramJS does not make.
 */
export function isAutoParam(name: string, tlType: string): boolean {
  return (name === 'random_id' && (tlType === 'long' || tlType === 'Vector<long>')) || name === 'random_bytes';
}
