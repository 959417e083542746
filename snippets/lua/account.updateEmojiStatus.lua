-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Bool = account.updateEmojiStatus({
  emoji_status={
    _='emojiStatus',
    document_id='5368324170671202286',
    ["until"]=1735689600,
  },
})
