/**
 * String values by meaning: what a `string` parameter holds, from its name and the method or
 * constructor it belongs to (its owner). Every rule is data with its source: the parameter's own
 * description in the layer (quoted as "desc"), or the page of core.telegram.org (or the Bot API)
 * that defines the syntax. Rules with an owner come before the rules for the name alone; the first
 * rule that matches wins. Where no rule matches, the value is the parameter's name in words
 * (`'Zoom token'`): it says what is expected, and `tlsnip values --report` counts it.
 */

export interface StringRule {
  /** The parameter name (anchored pattern). */
  readonly name: RegExp;
  /** The method or constructor the parameter belongs to; absent: any owner. */
  readonly owner?: RegExp;
  readonly value: string;
  /** Where the value's syntax comes from. */
  readonly source: string;
  /** The value is JSON text (a transport that decodes JSON form fields cannot send it as a string). */
  readonly json?: true;
}

const LINKS = 'core.telegram.org/api/links';

/** Owner-specific rules: the same name means different things in different places. */
const BY_OWNER: readonly StringRule[] = [
  { owner: /^botCommand$/, name: /^command$/, value: 'start', source: 'Bot API BotCommand: 1-32 characters, a-z, 0-9 and underscores' },
  { owner: /^botCommand$/, name: /^description$/, value: 'Start the bot', source: 'Bot API BotCommand: description, 1-256 characters' },
  { owner: /^bots\.setBotInfo$/, name: /^name$/, value: 'Cat Finder', source: 'desc "New bot name"' },
  { owner: /^bots\.setBotInfo$/, name: /^about$/, value: 'Finds cat pictures for you.', source: 'desc "New about text" (a bot\'s short description)' },
  { owner: /^bots\.setBotInfo$/, name: /^description$/, value: 'Send me a word and I will find a cat picture for it.', source: 'desc "New description"' },
  { owner: /^inputBotInlineResult$/, name: /^type$/, value: 'article', source: 'Bot API InlineQueryResult types (article, photo, gif, …)' },
  { owner: /^inputBotInlineResultPhoto$/, name: /^type$/, value: 'photo', source: 'Bot API InlineQueryResult types' },
  { owner: /^inputBotInlineResult(Document)?$/, name: /^content_type$/, value: 'image/jpeg', source: 'desc: MIME type of content_url' },
  { owner: /^(inputBotInlineResult\w*|messages\.sendInlineBotResult|messages\.getPreparedInlineMessage|updateBotInlineSend)$/, name: /^id$/, value: '1', source: 'desc "Result ID from messages.getInlineBotResults" (bots choose them: Bot API, 1-64 bytes)' },
  { owner: /^(videoSize)$/, name: /^type$/, value: 'u', source: 'core.telegram.org/api/files#video-thumbnail-types: u, v' },
  { owner: /^(photoSize\w*|photoCachedSize|photoStrippedSize|photoPathSize|input\w*FileLocation)$/, name: /^(type|thumb_size)$/, value: 'x', source: 'core.telegram.org/api/files#image-thumbnail-types: s, m, x, y, w, …' },
  { owner: /^inputDocumentFileLocation$/, name: /^thumb_size$/, value: '', source: 'core.telegram.org/api/files#downloading-files: an empty thumb_size downloads the document itself' },
  { owner: /^inputAppEvent$/, name: /^type$/, value: 'app_open', source: 'inputAppEvent: an event name the app chooses (help.saveAppLog)' },
  { owner: /^(inputMediaVenue|mediaAreaVenue|inputBotInlineMessageMediaVenue)$/, name: /^provider$/, value: 'foursquare', source: 'desc "currently only foursquare and gplaces need to be supported"' },
  { owner: /^inputClientProxy$/, name: /^address$/, value: 'proxy.example.com', source: 'desc "Proxy address"' },
  { owner: /^(shippingOption|payments\.sendPaymentForm)$/, name: /^(id|shipping_option_id)$/, value: 'standard', source: 'desc "Chosen shipping option ID" (the bot names its options)' },
  { owner: /^payments\.sendPaymentForm$/, name: /^requested_info_id$/, value: 'ID from payments.validateRequestedInfo', source: 'desc "ID of saved and validated payments.validatedRequestedInfo"' },
  { owner: /^inputPaymentCredentialsSaved$/, name: /^id$/, value: 'ID from payments.paymentForm.saved_credentials', source: 'desc "Credential ID"' },
  { owner: /^inputStarsTransaction$/, name: /^id$/, value: 'ID from payments.getStarsTransactions', source: 'desc "Transaction ID"' },
  { owner: /^(account\.deletePasskey|inputPasskeyCredential\w*)$/, name: /^(id|raw_id)$/, value: 'passkey credential ID', source: 'desc: the WebAuthn credential ID of the passkey' },
  { owner: /^payments\.editConnectedStarRefBot$/, name: /^link$/, value: 'https://t.me/gif?start=_tgr_AbCdEf0123', source: 'core.telegram.org/api/bots/referrals: referral links' },
  { owner: /^(account\.deleteAccount)$/, name: /^reason$/, value: 'I no longer use this account', source: 'desc "Why is the account being deleted, can be empty"' },
  { owner: /^(auth\.resendCode)$/, name: /^reason$/, value: 'integrity check failed', source: 'desc: official clients only, why the device integrity check failed' },
  { owner: /^messages\.setBotPrecheckoutResults$/, name: /^error$/, value: 'Sorry, this item is out of stock.', source: 'desc "Error message in human readable form"' },
  { owner: /^messages\.setBotShippingResults$/, name: /^error$/, value: 'Sorry, we do not deliver to your country.', source: 'desc "Error message in human readable form"' },
  { owner: /^smsjobs\.finishJob$/, name: /^error$/, value: 'the SMS could not be delivered', source: 'desc "If failed, the error"' },
  { owner: /^stats\.loadAsyncGraph$/, name: /^token$/, value: 'token from statsGraphAsync', source: 'desc "Graph token from statsGraphAsync"' },
  { owner: /^contacts\.importContactToken$/, name: /^token$/, value: 'token from contacts.exportContactToken', source: 'desc "The token extracted from the contact token deep link"' },
  { owner: /^(account\.registerDevice|account\.unregisterDevice)$/, name: /^token$/, value: 'device token from the push service', source: 'desc "Device token" (core.telegram.org/api/push-updates)' },
  { owner: /^codeSettings$/, name: /^token$/, value: 'push token of the device', source: 'desc: the push token, for Firebase or APNS code delivery' },
  { owner: /^invokeWith(GooglePlayIntegrity|ApnsSecret|ReCaptcha)$/, name: /^(token|nonce|secret)$/, value: 'value from the server\'s verification request', source: 'core.telegram.org/api/auth: integrity checks' },
  { owner: /^phone\.joinGroupCall$/, name: /^invite_hash$/, value: 'AbCdEf0123456789', source: `${LINKS}#video-chat-livestream-links: the hash of ?voicechat=` },
  { owner: /^help\.getDeepLinkInfo$/, name: /^path$/, value: 'resolve?domain=durov', source: 'desc "Path component of a tg: link"' },
  { owner: /^help\.getAppUpdate$/, name: /^source$/, value: 'tdesktop', source: 'desc "Source" (the app asking)' },
  { owner: /^help\.dismissSuggestion$/, name: /^suggestion$/, value: 'VALIDATE_PHONE_NUMBER', source: 'core.telegram.org/api/config#suggestions' },
  { owner: /^stories\.getAllStories$/, name: /^state$/, value: 'state from stories.allStories', source: 'desc "uses the passed state to paginate"' },
  { owner: /^secureValueErrorData$/, name: /^field$/, value: 'first_name', source: 'desc "Name of the data field which has the error" (core.telegram.org/passport)' },
  { owner: /^messages\.checkHistoryImport$/, name: /^import_head$/, value: '12/31/25, 21:41 - John Doe: Hello there!', source: 'desc "Beginning of the message file; up to 100 lines" (core.telegram.org/import-messages)' },
  { owner: /^(messages\.sendWebViewData)$/, name: /^button_text$/, value: 'Open app', source: 'desc "Text of the keyboardButtonSimpleWebView that was pressed"' },
  { owner: /^(messages\.sendWebViewData)$/, name: /^data$/, value: 'order:42', source: 'desc "Data to relay to the bot, obtained from a web_app_data_send JS event"' },
  { owner: /^stickers\.createStickerSet$/, name: /^software$/, value: 'Sticker Maker', source: 'desc "the name of the software that created the stickers"' },
  { owner: /^phone\.setCallRating$/, name: /^comment$/, value: 'Clear sound, a little echo', source: 'desc "An additional comment"' },
  { owner: /^messages\.toggleSuggestedPostApproval$/, name: /^reject_comment$/, value: 'Not a good fit for this channel', source: 'desc "Optional comment for rejections"' },
  { owner: /^inputAppEvent$/, name: /^data$/, value: '{"screen":"settings"}', source: 'inputAppEvent.data: JSON', json: true },
];

/** Rules for a parameter name alone. */
const BY_NAME: readonly StringRule[] = [
  { name: /^(message|text|caption|quote_text)$/, value: 'Hello there!', source: 'any text; a quote must be a part of the message it quotes' },
  { name: /^title$/, value: 'My awesome title', source: 'any text' },
  { name: /^(about|description|custom_description|prize_description)$/, value: 'A short description', source: 'any text' },
  { name: /^(username|order)$/, value: 'durov', source: 'desc "Accepted characters: A-z, 0-9 and underscores. Length: 5-32"' },
  { name: /^first_name$/, value: 'John', source: 'any name' },
  { name: /^last_name$/, value: 'Doe', source: 'any name' },
  { name: /^(phone|phones|phone_number|phone_numbers)$/, value: '+15555550123', source: 'desc "Phone number in international format" (555-01xx: fictional numbers)' },
  { name: /^(lang_code|lang_codes|system_lang_code|lang|to_lang|from_lang)$/, value: 'en', source: 'desc "ISO 639-1 language code"' },
  { name: /^lang_pack$/, value: 'tdesktop', source: 'desc "Platform identifier (i.e. android, tdesktop, etc)"' },
  { name: /^device_model$/, value: 'ASUS Laptop', source: 'any device name' },
  { name: /^system_version$/, value: 'Arch Linux', source: 'any system name' },
  { name: /^(app_version|prev_app_version)$/, value: '1.0', source: 'the app\'s own version' },
  { name: /^(q|query|search)$/, value: 'cats', source: 'a search query' },
  { name: /^hashtag$/, value: 'cats', source: 'desc "The hashtag to search, without the # character"' },
  { name: /^link$/, value: 'https://t.me/+AbCdEf0123456789', source: `${LINKS}#chat-invite-links` },
  { name: /^offset_link$/, value: 'https://t.me/+AbCdEf0123456789', source: 'desc: the link of the last result, core.telegram.org/api/offsets' },
  { name: /url$/, value: 'https://example.com', source: 'any URL' },
  { name: /^in_app_origin$/, value: 'https://example.com', source: 'an origin (scheme and host)' },
  { name: /^(emoticon|emoji|alt|reaction)$/, value: '👍', source: 'desc "The emoji"' },
  { name: /^keywords$/, value: 'cat,kitten', source: 'desc "the sticker keywords (separated by commas)"' },
  { name: /^mime_type$/, value: 'image/jpeg', source: 'IANA media types' },
  { name: /^phone_code_hash$/, value: 'a1b2c3d4e5f6', source: 'desc: from auth.sentCode.phone_code_hash' },
  { name: /^(phone_code|code|codes|match_code)$/, value: '12345', source: 'desc "Valid numerical code from the SMS-message"' },
  { name: /^hash$/, value: 'A4LmkR23G0IGxBE71zZfo1', source: `${LINKS}#chat-invite-links: the hash of an invite link` },
  { name: /^(slug|short_name|domain|shortcut)$/, value: 'cats', source: `${LINKS}: slugs and short names (a-z, 0-9, _)` },
  { name: /^(file_name|name)$/, value: 'photo.jpg', source: 'desc "File name"' },
  { name: /^currency$/, value: 'XTR', source: 'desc "Three-letter ISO 4217 currency code, or XTR for Telegram Stars"' },
  { name: /^api_hash$/, value: '0123456789abcdef0123456789abcdef', source: 'core.telegram.org/api/obtaining_api_id: 32 hexadecimal digits' },
  { name: /^bot_auth_token$/, value: '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11', source: 'core.telegram.org/bots/api#authorizing-your-bot (its example token)' },
  { name: /^web_auth_token$/, value: 'token from the Telegram Login widget', source: 'desc "The authorization token"' },
  { name: /^(email)$/, value: 'user@example.com', source: 'an e-mail address (example.com: RFC 2606)' },
  { name: /^hint$/, value: 'my first pet', source: 'desc "Text hint for the password"' },
  { name: /^address$/, value: 'Piazza del Colosseo, 1, Rome', source: 'desc "textual description of the address (max 96 UTF-8 chars)"' },
  { name: /^(street|street_line1)$/, value: 'Piazza del Colosseo, 1', source: 'postAddress' },
  { name: /^street_line2$/, value: 'Floor 2', source: 'postAddress' },
  { name: /^city$/, value: 'Rome', source: 'postAddress' },
  { name: /^state$/, value: 'RM', source: 'postAddress: a state or province' },
  { name: /^(country_iso2|country|iso2|country_code|phone_country)$/, value: 'IT', source: 'desc "ISO 3166-1 alpha-2 country code"' },
  { name: /^(post_code)$/, value: '00184', source: 'postAddress' },
  { name: /^venue_id$/, value: '4b3f6a1af964a520bea025e3', source: 'desc "Venue ID in the provider\'s database" (a Foursquare ID)' },
  { name: /^venue_type$/, value: 'arts_entertainment/default', source: 'desc "Venue type in the provider\'s database" (Foursquare categories)' },
  { name: /^(format|platform)$/, value: 'android', source: 'desc "Short name of the application; 0-64 English letters, digits, and underscores"' },
  { name: /^rank$/, value: 'Moderator', source: 'desc "the role (rank) of the admin: just an arbitrary string", at most 16 characters' },
  { name: /^(start_param|referer|payload)$/, value: 'welcome', source: `${LINKS}#bot-links: up to 64 characters A-Z a-z 0-9 _ -` },
  { name: /^(offset|next_offset)$/, value: '', source: 'core.telegram.org/api/offsets: an empty offset asks for the first page' },
  { name: /^timezone_id$/, value: 'Europe/Rome', source: 'desc: an ID from help.getTimezonesList (IANA names)' },
  { name: /^(connection_id|business_connection_id)$/, value: 'ID from updateBotBusinessConnect', source: 'desc "Business connection ID"' },
  { name: /^(charge_id)$/, value: 'charge ID from messageActionPaymentSentMe', source: 'desc "Transaction ID"' },
  { name: /^(subscription_id)$/, value: 'ID from payments.getStarsSubscriptions', source: 'desc "the specified Telegram Star subscription"' },
  { name: /^(job_id)$/, value: 'job ID from updateSmsJob', source: 'desc "Job ID"' },
  { name: /^custom_method$/, value: 'getStorageValues', source: 'desc "The method name" (telegram-web-app.js CloudStorage calls invokeCustomMethod)' },
  { name: /^(public_key)$/, value: 'PEM public key of the service', source: 'desc "Service\'s public key" (core.telegram.org/passport)' },
  { name: /^scope$/, value: '{"data":["personal_details","passport"],"v":1}', source: 'core.telegram.org/passport#request-authorization: scope is JSON', json: true },
  { name: /^(ios_push_secret|play_integrity_token|safety_net_token)$/, value: 'token from the device\'s integrity check', source: 'core.telegram.org/api/auth#firebase-authentication' },
  { name: /^mnc$/, value: '01', source: 'desc: Mobile Network Code, 2-3 digits' },
  { name: /^md5_checksum$/, value: '9e107d9d372bb6826bd81d3542a419d6', source: 'desc "md5-hash of the file", 32 hexadecimal digits' },
  { name: /^label$/, value: 'Cat food', source: 'desc "Portion label"' },
  { name: /^keys$/, value: 'lng_menu_settings', source: 'desc "Strings to get": language pack keys' },
  { name: /^library_versions$/, value: '11.0.0', source: 'desc "specify all library versions supported by the client" (tgcalls versions)' },
  { name: /^bot_query_id$/, value: 'AAHdF6IQAAAAAN0XohDhrOrc', source: 'core.telegram.org/bots/webapps: query_id (its example)' },
  { name: /^number$/, value: '4242424242424242', source: 'desc "Credit card number" (a test card number)' },
  { name: /^(data)$/, value: '{"key":"value"}', source: 'dataJSON.data: JSON-serialized data', json: true },
  { name: /^(vcard)$/, value: 'BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nEND:VCARD', source: 'RFC 6350' },
  { name: /^(performer)$/, value: 'The Beatles', source: 'desc "Performer"' },
  { name: /^(provider)$/, value: 'foursquare', source: 'desc "currently only foursquare and gplaces"' },
  { name: /^(sound)$/, value: 'default', source: 'the notification sound' },
  { name: /^(token)$/, value: 'token from the server', source: 'desc "Token"' },
  { name: /^(id)$/, value: 'ID from the server', source: 'desc "ID"' },
];

export const STRING_RULES: readonly StringRule[] = [...BY_OWNER, ...BY_NAME];

/** The rule for `owner.name`, or undefined when none fits. */
export function stringRule(name: string, owner: string): StringRule | undefined {
  for (const r of STRING_RULES) if (r.name.test(name) && (!r.owner || r.owner.test(owner))) return r;
  return undefined;
}

/** The value when no rule fits: the name in words (`zoom_token` → `'Zoom token'`). */
export function fallbackString(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Text';
}

/** Whether the example of `owner.name` is JSON text. */
export function isJsonString(name: string, owner: string): boolean {
  return stringRule(name, owner)?.json === true;
}

export function meaningString(name: string, owner: string): string {
  return stringRule(name, owner)?.value ?? fallbackString(name);
}
