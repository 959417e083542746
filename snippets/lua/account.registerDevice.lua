-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local Bool = account.registerDevice({
  token_type=2,
  token='device token from the push service',
  app_sandbox=true,
  secret='arbitrary data here',
  other_uids={-4156887774564},
})
