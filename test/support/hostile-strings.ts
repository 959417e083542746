/**
 * Hostile strings for the property tests of every target: quotes of every kind, backslashes, $, ${,
 * ?>, ]], ]==], comment ends, newlines, NUL, U+2028, emoji, lone surrogates, JSON-like text; and the
 * methods whose string slots they are set into.
 */
import fc from 'fast-check';

export const FRAGMENTS = [
  "'", '"', '\\', '$', '${', '{$', '?>', '<?php', ']]', ']==]', '*/', '/*', '\n', '\r\n', '\r', '\0', '\u2028', '\u2029',
  '😀', '`', '%', '%00', '#{x}', '--', "'\\''", '\t', '\x7f', 'é', '\\x41', '\\u{41}', '\\0', '@', '[1]', '{"a":1}', '+', '&', '=',
];
export const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ maxLength: 5 })), { maxLength: 8 })
  .map((parts) => parts.join(''));

/** Methods and their string parameters (flags included: --set names them). */
export const HOSTILE_METHODS = ['messages.sendMessage', 'contacts.addContact', 'account.updateProfile', 'channels.createChannel'];

