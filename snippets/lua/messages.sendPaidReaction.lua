-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = messages.sendPaidReaction({
  peer='@durov',
  msg_id=142,
  count=10,
  private={_='paidReactionPrivacyDefault'},
})
