-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local channels_ChannelParticipants = channels.getParticipants({
  channel='@telegram',
  filter={_='channelParticipantsRecent'},
  offset=0,
  limit=10,
  hash=0,
})
