-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Updates = messages.forwardMessages({
  from_peer='@durov',
  id={142},
  to_peer='@durov',
})
