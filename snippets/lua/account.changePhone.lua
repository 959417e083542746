-- Runs inside MadelineProto's Lua bridge (\danog\MadelineProto\Lua, MadelineProto v7 and earlier),
-- which exposes every TL namespace as a global table.
local User = account.changePhone({
  phone_number='+15555550123',
  phone_code_hash='a1b2c3d4e5f6',
  phone_code='12345',
})
